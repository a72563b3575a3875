// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from '../../renderer/components/ErrorBoundary';

function Broken(): never {
  throw new Error('internal detail the user should not see');
}

describe('<ErrorBoundary>', () => {
  it('shows a calm message, not the error', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Parallax ran into a problem/);
    expect(alert.textContent).not.toMatch(/internal detail/);
    quiet.mockRestore();
  });
});
