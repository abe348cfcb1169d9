/**
 * Where to add to the content Readability hands back: inside its page wrapper
 * (`div#readability-page-1`) when it has one, so what is added sits with the article's blocks.
 */
export function contentContainer(article: Element): Element {
  const wrapper = article.firstElementChild;
  return wrapper?.id === 'readability-page-1' ? wrapper : article;
}
