/**
 * Drupal writes a story's publishing state into the class of the element that holds it: a
 * story promoted to the front page is `node--promoted`, one pinned to the top `node--sticky`.
 * Readability reads class names as what an element is, and "promoted" as a promo: the story
 * loses its score, and the clean-up of the container it picks takes the story out (a recipe
 * kept its intro and lost its ingredients and steps). These classes say how the story was
 * published, not what the element is, so they are taken off (on the clone) before it reads them.
 */

/** Drupal's node states, in its Drupal 8+ and Drupal 7 spellings. */
const DRUPAL_STATES = ['node--promoted', 'node--sticky', 'node-promoted', 'node-sticky'];
const DRUPAL_STATE_SELECTOR = DRUPAL_STATES.map((name) => `.${name}`).join(', ');

export function dropPublishingStateClasses(doc: Document): void {
  for (const node of doc.querySelectorAll(DRUPAL_STATE_SELECTOR)) node.classList.remove(...DRUPAL_STATES);
}
