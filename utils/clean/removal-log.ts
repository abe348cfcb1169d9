import type { RemovalKind, RemovedItem } from '../article';
import { clipped, textOf } from '../text';

const LABEL_LENGTH = 80;

/** Records what the cleaning rules removed, so the reader can say so and list it. */
export class RemovalLog {
  readonly items: RemovedItem[] = [];

  /** Removes `element` from its tree and records it under `kind`. */
  remove(element: Element, kind: RemovalKind): void {
    this.items.push({ kind, label: describe(element) });
    element.remove();
  }

  record(kind: RemovalKind, label: string): void {
    this.items.push({ kind, label });
  }
}

function describe(element: Element): string {
  const text = textOf(element);
  if (text) return clipped(text, LABEL_LENGTH);
  const source = element.getAttribute('src');
  return (source && URL.parse(source, element.baseURI)?.hostname) || element.localName;
}
