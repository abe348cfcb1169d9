import { nameWords } from './block';
import type { ChromeRule } from './rule';

/** Ad slots by the names ad servers and themes give them. */
const AD_NAME = nameWords(
  'ads?|adsbygoogle|ad-?(?:slot|unit|wrap(?:per)?|container|box|banner|label|placeholder|zone)|adverts?|advertisement|advertising|sponsored-?ad|dfp|gpt-?ad|td-a-rec|taboola|outbrain|dianomi|adsense',
);

/** The label an ad slot carries, alone in its block. */
const AD_LABEL =
  /^(?:advertisements?|advertising|sponsored|(?:sponsored|promoted) (?:content|links|stories|posts)|(?:sponsored|promoted) by(?: [^\s.,;:!?][^.,;:!?]{0,40})?|in partnership with|presented by|paid (?:content|post|partnership)|partner content|promoted|ads?|anzeige|werbung|publicité|publicidad|pubblicità|reklama|story continues below(?: this)? advertisement|article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|skip (?:the )?(?:advertisement|ad)|continue reading the main story)$/i;

/** Longest text an element named like an ad slot may have: slots hold a label, the ad loads later. */
const AD_SLOT_TEXT = 200;

export const adRule: ChromeRule = {
  kind: 'ad',
  match(block) {
    const { element, names, text, long } = block;
    if (element.tagName === 'INS') {
      // <ins> also marks editorial insertions: only ad-server slots (named, or carrying data-ad-*) go.
      const isSlot = AD_NAME.test(names) || [...element.attributes].some((attribute) => attribute.name.startsWith('data-ad'));
      return isSlot ? [element] : null;
    }
    if (AD_NAME.test(names) && !long && text.length < AD_SLOT_TEXT) return [element];
    if (!long && AD_LABEL.test(text) && !block.inFurniture) return [element];
    return null;
  },
};
