/**
 * DOM clobbering: a page's markup can shadow DOM properties with its own elements. A
 * `<form>` holding `<input name="parentNode">` makes `form.parentNode` that input, which sends
 * Readability's tree walk round in circles forever; `<img name="body">` makes `document.body`
 * that image. These helpers reach the DOM through the prototypes, which markup cannot shadow.
 */

/**
 * The DOM method or getter `name` that `object` inherits, read from its prototypes: markup
 * can shadow an object's own properties, never its prototype chain. Looked up at call time
 * in the realm of the object itself, so the same code serves the page, a same-origin frame
 * and the jsdom windows of the command-line tools, which define no DOM globals.
 */
function inherited<T extends (...args: never[]) => unknown>(object: object, name: string): T {
  for (let prototype = Object.getPrototypeOf(object); prototype; prototype = Object.getPrototypeOf(prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    if (descriptor) return (descriptor.get ?? descriptor.value) as T;
  }
  throw new TypeError(`${name} is not a DOM member of ${Object.prototype.toString.call(object)}`);
}

type QuerySelectorAll = (this: ParentNode, selectors: string) => NodeListOf<Element>;

/** Elements whose `name` (and, for img and object, `id`) become properties of the document. */
const NAMED_ON_DOCUMENT = 'img[name], img[id], form[name], embed[name], object[name], object[id], iframe[name]';

/** A deep copy of `doc` that its own markup cannot clobber: forms become fieldsets, no element is named on the document. */
export function unclobberedClone(doc: Document): Document {
  const clone = inherited<(this: Node, deep: boolean) => Node>(doc, 'cloneNode').call(doc, true) as Document;
  const querySelectorAll = inherited<QuerySelectorAll>(clone, 'querySelectorAll');
  for (const element of querySelectorAll.call(clone, NAMED_ON_DOCUMENT)) {
    const removeAttribute = inherited<(this: Element, name: string) => void>(element, 'removeAttribute');
    removeAttribute.call(element, 'name');
    if (element.localName === 'img' || element.localName === 'object') removeAttribute.call(element, 'id');
  }
  // A reader has no use for forms; their controls are what shadow the form's own properties.
  // A fieldset cannot be shadowed, and Readability clears away fieldsets of controls as it
  // does forms (a div would be judged as prose once its controls are gone).
  const forms = querySelectorAll.call(clone, 'form');
  if (forms.length === 0) return clone;
  const createElement = inherited<(this: Document, tag: string) => Element>(clone, 'createElement');
  for (const form of forms) {
    const block = createElement.call(clone, 'fieldset');
    for (const attribute of [...inherited<(this: Element) => NamedNodeMap>(form, 'attributes').call(form)]) {
      if (attribute.name === 'class' || attribute.name === 'id') block.setAttribute(attribute.name, attribute.value);
    }
    block.append(...inherited<(this: Node) => NodeListOf<ChildNode>>(form, 'childNodes').call(form));
    inherited<(this: Element, ...nodes: Node[]) => void>(form, 'replaceWith').call(form, block);
  }
  return clone;
}
