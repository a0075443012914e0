import type { ReactNode } from 'react';

/** An honest empty state: what this view will hold, and what the document already has. No dead buttons. */
export function EmptyState(props: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h1 id="empty-state-title">{props.title}</h1>
      {props.children}
    </section>
  );
}
