import { describe, expect, it } from 'vitest';
import { cleanFragment, PROSE } from './clean-fixture';

describe('comments rule', () => {
  it('removes comment sections, reply forms and comment prompts', () => {
    const { text, root, kinds } = cleanFragment(`${PROSE}
      <div id="comments"><h3>3 Comments</h3><ol class="commentlist"><li>Great piece!</li></ol></div>
      <fieldset><label>Your reply <textarea></textarea></label><button>Post</button></fieldset>
      <p>Leave a Reply</p>
      <p>12 comments</p>
      <p><a href="/articles/1/#Comments">Comments (5 posted)</a></p>`);
    expect(text).not.toMatch(/Comments|Great piece|Your reply|Leave a Reply/i);
    expect(root.querySelector('fieldset')).toBeNull();
    expect(kinds).toEqual(['comments', 'comments', 'comments', 'comments', 'comments']);
  });

  it('keeps an article whose class names say "comment" and prose about comments', () => {
    const html = `<div class="comment-piece opinion">${PROSE}${PROSE}${PROSE}</div>
      <p>No comments were received from the ministry before the deadline on Friday.</p>
      <p>12 comments from readers shaped the follow-up story we published in May.</p>
      <p>Comments 3 posted on the council's site were read out at the meeting.</p>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('tram line');
    expect(text).toContain('No comments were received');
    expect(text).toContain('12 comments from readers');
    expect(text).toContain('Comments 3 posted');
  });

  it('keeps the comments in highlighted code, whatever the highlighter names them', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <pre><code class="language-bash hljs"><span class="hljs-comment"># initialize git</span>
git init
<span class="token comment">// reply to the server</span>
<span class="comments">/* share the promo config */</span></code></pre>`);
    expect(kinds).toEqual([]);
    expect(text).toContain('# initialize git');
    expect(text).toContain('// reply to the server');
    expect(text).toContain('/* share the promo config */');
  });
});
