// Word-level difference between two linked claims, so rewording is visible at a glance.
import { diffWords } from 'diff';
import { useMemo } from 'react';

export function WordDiff({ a, b, nameA, nameB }: { a: string; b: string; nameA: string; nameB: string }) {
  const parts = useMemo(() => diffWords(a, b), [a, b]);
  return (
    <div className="word-diff">
      <p className="diff-legend">
        <del>only in {nameA}</del> <ins>only in {nameB}</ins> plain: both
      </p>
      <p className="diff-text">
        {parts.map((part, i) =>
          part.added ? (
            <ins key={i}>{part.value}</ins>
          ) : part.removed ? (
            <del key={i}>{part.value}</del>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </p>
    </div>
  );
}
