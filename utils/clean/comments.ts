import { looksLikeArticleText, nameWords } from './block';
import type { ChromeRule } from './rule';

/**
 * The names blog engines and comment services give a comment section, whole (id="comments",
 * class="comments-area"): such a block goes whatever its length, since a long thread of
 * comments has as many paragraphs as an article.
 */
const COMMENT_SECTION_NAME =
  /(?:^|\s)(?:comments|comment-?(?:respond|form|list|area|section|wrap(?:per)?|container|thread)s?|comments-?(?:area|section|wrap(?:per)?|container|list|block|thread)|commentlist|respond|disqus_thread|coral_thread|fb-comments|vuukle-comments|spot-?im-?conversation)(?:$|\s)/;

/** "comment" as one word of a longer name: a comment box, or an opinion piece ("comment-piece"). */
const COMMENT_WORD = nameWords('comments?|replies|reply-?form|disqus');

/** What a comment section says of itself. */
const COMMENT_PROMPT = new RegExp(
  [
    // Prompts that open a comment box or list.
    String.raw`^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|write a comment|join the (?:discussion|conversation)|be the first to comment|comments are closed|you must be logged in to post a comment|cancel reply)\b`,
    String.raw`^(?:view|show|load|see|read) (?:all )?(?:\d+ )?comments\b`,
    // Counts, alone in their block.
    String.raw`^(?:\d+\s+(?:comments?|responses?|replies)|comments?\s*[(:]?\s*\d+(?:\s+(?:posted|total|so far))?\)?|no comments(?: yet)?)\W*$`,
  ].join('|'),
  'i',
);

/** Longest text a block may have to be a comment prompt rather than a paragraph that mentions comments. */
const PROMPT_TEXT = 80;

export const commentsRule: ChromeRule = {
  kind: 'comments',
  match(block) {
    const { element, names, text, long } = block;
    if (COMMENT_SECTION_NAME.test(names)) return [element];
    if (COMMENT_WORD.test(names) && !looksLikeArticleText(block)) return [element];
    // A form that takes free text is a reply form; the article never needs one. (Forms reach
    // the rules as fieldsets: see unclobberedClone.)
    if (element.tagName === 'FIELDSET' && element.querySelector('textarea')) return [element];
    if (!long && text.length < PROMPT_TEXT && COMMENT_PROMPT.test(text)) return [element];
    return null;
  },
};
