import { describe, expect, it } from 'vitest';
import { cleanFragment, PROSE } from './clean-fixture';

describe('share bar rule', () => {
  it('removes share bars by their names and by their share links', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <div class="social-share"><a href="#">Facebook</a><a href="#">X</a></div>
      <div><a href="https://www.facebook.com/sharer.php?u=x">Share on Facebook</a>
        <a href="https://twitter.com/intent/tweet?url=x">Tweet</a>
        <a href="mailto:?subject=Story">Email</a></div>`);
    expect(text).not.toMatch(/Facebook|Tweet|Email/);
    expect(kinds).toEqual(['share', 'share']);
  });

  it('removes a "Follow us" bar of the site\'s profiles', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <p>Follow us: <a href="https://www.instagram.com/paper/">Instagram</a> <a href="https://x.com/paper">X</a></p>`);
    expect(text).not.toContain('Follow us');
    expect(kinds).toEqual(['share']);
  });

  it('removes a lone share button between paragraphs, and keeps a paragraph that says share', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <p class="button-wrapper"><a class="button primary" href="https://paper.example/p/trams?action=share"><span>Share</span></a></p>
      ${PROSE}<p>Share.</p><p><a href="/shares">Share</a> prices rose.</p>`);
    expect(kinds).toEqual(['share']);
    expect(text).toContain('Share.');
    expect(text).toContain('Share prices rose.');
    expect(text.match(/Share/g)).toHaveLength(2);
  });

  it('keeps an article about social media that says "share" and links to profiles in prose', () => {
    const html = `${PROSE}
      <p>Share prices of social networks rose after users were asked to share fewer links.</p>
      <p>Nike's <a href="https://www.instagram.com/nike/">Instagram account</a> and
        <a href="https://www.tiktok.com/@nike">its TikTok</a> have more followers than the league.</p>
      <ul><li><a href="https://www.instagram.com/natgeo/">National Geographic</a></li>
        <li><a href="https://www.instagram.com/nasa/">NASA</a></li></ul>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('Share prices of social networks');
    expect(text).toContain('Instagram account');
    expect(text).toContain('National Geographic');
  });

  it('keeps headings whose anchors are made of their words, "social" among them', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <h2 class="wp-block-heading" id="h-what-is-social-shopping"><strong>What is Social Shopping?</strong></h2>${PROSE}
      <h3 id="social-benefits"><a href="#social-benefits">Social Benefits</a></h3>${PROSE}
      <h3 class="wp-block-heading" id="h-social-media-video"><b>Social Media Video</b></h3>${PROSE}
      <div id="social-share"><a href="/share/x">X</a><a href="/share/fb">Facebook</a></div>`);
    expect(text).toContain('What is Social Shopping?');
    expect(text).toContain('Social Benefits');
    expect(text).toContain('Social Media Video');
    expect(text).not.toContain('Facebook');
    expect(kinds).toEqual(['share']);
  });

  it('keeps a captioned photo that its share buttons give a share name, and takes the buttons', () => {
    const { root, text, kinds } = cleanFragment(`${PROSE}
      <figure class="element-image fig--has-shares"><a href="#img-2"><img src="https://i.paper.example/harbour.jpg" alt="The harbour"></a>
        <figcaption>The harbour at dawn. Photograph: Jo Doe</figcaption>
        <div class="block-share"><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></div></figure>
      <div class="image-shares"><figure><img src="https://i.paper.example/quay.jpg" alt="The quay"><figcaption>The quay.</figcaption></figure></div>${PROSE}`);
    expect(root.querySelectorAll('img')).toHaveLength(2);
    expect(text).toContain('The harbour at dawn. Photograph: Jo Doe');
    expect(text).toContain('The quay.');
    expect(text).not.toContain('Facebook');
    expect(kinds).toEqual(['share']);
  });
});
