/**
 * DOM clobbering: a page's markup can shadow DOM properties with its own elements. A
 * `<form>` holding `<input name="parentNode">` makes `form.parentNode` that input, which sends
 * Readability's tree walk round in circles forever; `<img name="body">` makes `document.body`
 * that image. These helpers reach the DOM through the prototypes, which markup cannot shadow.
 */

const cloneNode = Node.prototype.cloneNode;
const querySelectorAll = Document.prototype.querySelectorAll;
const createElement = Document.prototype.createElement;
const removeAttribute = Element.prototype.removeAttribute;
const replaceWith = Element.prototype.replaceWith;
const append = Element.prototype.append;
const childNodesOf = Object.getOwnPropertyDescriptor(Node.prototype, 'childNodes')?.get as (this: Node) => NodeListOf<ChildNode>;
const attributesOf = Object.getOwnPropertyDescriptor(Element.prototype, 'attributes')?.get as (this: Element) => NamedNodeMap;

/** Elements whose `name` (and, for img and object, `id`) become properties of the document. */
const NAMED_ON_DOCUMENT = 'img[name], img[id], form[name], embed[name], object[name], object[id], iframe[name]';

/** A deep copy of `doc` that its own markup cannot clobber: no forms, no document-named elements. */
export function unclobberedClone(doc: Document): Document {
  const clone = cloneNode.call(doc, true) as Document;
  for (const element of querySelectorAll.call(clone, NAMED_ON_DOCUMENT)) {
    removeAttribute.call(element, 'name');
    if (element.localName === 'img' || element.localName === 'object') removeAttribute.call(element, 'id');
  }
  // A reader has no use for forms; their controls are what shadow the form's own properties.
  for (const form of querySelectorAll.call(clone, 'form')) {
    const block = createElement.call(clone, 'div');
    for (const attribute of [...attributesOf.call(form)]) {
      if (attribute.name === 'class' || attribute.name === 'id') block.setAttribute(attribute.name, attribute.value);
    }
    append.apply(block, [...childNodesOf.call(form)]);
    replaceWith.call(form, block);
  }
  return clone;
}
