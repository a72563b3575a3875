// Vite's dev server injects styles as inline <style> tags and talks to the page over a
// WebSocket; the strict CSP in renderer/index.html forbids both. Only while serving (never
// in a build) the policy is relaxed for exactly those two.

/** @returns {import('vite').Plugin} */
export function devCsp() {
  return {
    name: 'parallax-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      // A hash in the directive would make browsers ignore 'unsafe-inline': the dev policy drops it.
      return html.replace(/style-src 'self'[^;"]*/, "style-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}
