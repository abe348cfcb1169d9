import { describe, expect, it } from 'vitest';
import { cleanFragment, PROSE } from './clean-fixture';

describe('promo rule', () => {
  it('removes "Also read" links, newsletter and support boxes and app plugs', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <p><strong>Also read: <a href="https://news.example/other">How the tram was planned</a></strong></p>
      <div class="newsletter-signup"><h4>Get the morning briefing</h4><input type="email"><button>Sign up</button></div>
      <div class="support-box"><h4>Support our journalism</h4><p><a href="/support">Contribute</a></p></div>
      <p><em>Subscribe to our channels on <a href="https://youtube.example/">YouTube</a></em></p>
      <p>Download our app: <a href="https://apps.example/">App Store</a></p>
      ${PROSE}`);
    expect(text).not.toMatch(/Also read|briefing|Support our journalism|Subscribe|Download our app/i);
    expect(kinds).toEqual(['promo', 'promo', 'promo', 'promo', 'promo']);
  });

  it('removes a "Related" heading with its list of links, and "Most popular" rails', () => {
    const { text, root } = cleanFragment(`${PROSE}
      <h3>Related articles</h3>
      <ul><li><a href="/a">Harbour works begin</a></li><li><a href="/b">Old town traffic plan</a></li></ul>
      <aside class="most-popular"><h4>Most Popular</h4><a href="/c">Opposition meets</a></aside>`);
    expect(text).not.toMatch(/Related articles|Harbour works|Most Popular|Opposition/);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('removes "See also:" and "Related reading:" lines, and "Related topics" and "Trending News" rails', () => {
    const { text } = cleanFragment(`${PROSE}
      <ul><li>See also: <a href="/a">Harbour works begin next spring</a></li><li>See also: <a href="/b">Old town traffic plan</a></li></ul>
      <p><strong>Related Reading: <a href="/c">4 best ferries for commuters</a></strong></p>
      <h3>Related topics</h3><ul><li><a href="/d">Index funds</a></li><li><a href="/e">Bonds</a></li></ul>
      <h4>Trending News</h4><ul><li><a href="/f">Bridge reopens</a></li><li><a href="/g">Tram delayed</a></li></ul>`);
    expect(text).not.toMatch(/See also|Harbour works|Related Reading|ferries|Related topics|Index funds|Trending|Bridge/);
    // A sentence that starts so stays.
    const prose = cleanFragment(`<p>See also the <a href="/report">council's report</a>, which the port disputes in detail.</p>${PROSE}`);
    expect(prose.kinds).toEqual([]);
  });

  it('removes a "Read more:" title with the headlines set one per paragraph under it', () => {
    const { text, kinds, root } = cleanFragment(`${PROSE}
      <p> <b>Read more:</b> </p>
      <p> <a href="/a">Harbour works begin next spring</a> </p>
      <p><a href="/b">Old town traffic plan</a></p>
      <p></p>
      <p><a href="/c">Opposition meets the mayor</a></p>
      ${PROSE}`);
    expect(text).not.toMatch(/Read more|Harbour works|traffic plan|Opposition/);
    expect(kinds).toEqual(['promo']);
    expect(root.querySelectorAll('a')).toHaveLength(0);
  });

  it('keeps what follows a "Read more" title that is not a line of one link', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <p><b>Read more</b></p>
      <p>The council <a href="/vote">voted on Tuesday</a> to start the harbour works in spring.</p>`);
    expect(kinds).toEqual([]);
    expect(text).toContain('voted on Tuesday');
  });

  it('removes a bold "You might also like" title with its cards', () => {
    const { text } = cleanFragment(`${PROSE}<p><strong>You might also like...</strong></p>
      <div><a href="/a">Harbour works begin</a> <a href="/b">Old town traffic plan</a></div>`);
    expect(text).not.toMatch(/You might also like|Harbour works/);
  });

  it('removes affiliate disclosures', () => {
    const { text } = cleanFragment(`<p>This post contains affiliate links. We may earn a commission at no cost to you.</p>${PROSE}
      <p>We earn commissions from links on our site, enabling us to deliver independent reviews.</p>
      <p>Disclosure: The Paper is reader-supported. When you buy through links on our site, we may earn fees.</p>`);
    expect(text).not.toMatch(/affiliate|commissions|reader-supported/);
  });

  it('keeps a real list of related facts, prose about subscriptions, and a related-named article body', () => {
    const html = `<h3>Related facts</h3>
      <ul><li>The line is 4.2 km long.</li><li>It has seven stops.</li><li>Trams run every 6 minutes.</li></ul>
      <p>With the SaaS model, customers subscribe to the software service on a continuing basis, monthly or yearly.</p>
      <p>Readers who want to support local journalism can subscribe at <a href="https://paper.example/">the paper's site</a>, the editor wrote in a long letter explaining why the paywall went up.</p>
      <div class="related-coverage-body">${PROSE}${PROSE}${PROSE}</div>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('It has seven stops.');
    expect(text).toContain('customers subscribe to the software');
    expect(text).toContain('support local journalism');
    expect(text).toContain('tram line');
  });

  it('removes a promo heading with its list of teasers, each a line with a link in it', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <h3>You may be interested in the following topics as well:</h3>
      <ul><li>Explore how <a href="/a">the harbour tram</a> changes the old town.</li>
        <li>Learn why <a href="/b">the fares</a> rose in the second year.</li>
        <li><a href="/c">The quay's new lamps</a>, step by step.</li></ul>`);
    expect(text).not.toMatch(/interested|Explore how|Learn why|new lamps/);
    expect(kinds).toEqual(['promo']);
  });

  it('keeps the list under a promo heading when an item has no link or is a paragraph long', () => {
    const long = 'The line runs from the station past the market and the cathedral to the harbour, where a new quay was built for it. It is the first tram the town has had since the old one closed in 1961, and the council expects it to carry four thousand riders a day. ';
    const { text } = cleanFragment(`${PROSE}
      <p><strong>You might also like:</strong></p>
      <ul><li>Explore how <a href="/a">the harbour tram</a> changes the old town.</li><li>A walk along the quay at dusk.</li></ul>
      <h3>Related stories</h3>
      <ul><li>${long}<a href="/b">More</a></li><li>Read <a href="/c">the council's report</a>.</li></ul>`);
    expect(text).toContain('A walk along the quay at dusk.');
    expect(text).toContain('The line runs from the station');
  });

  it('keeps pull quotes and captions that sound like promos', () => {
    const html = `${PROSE}<blockquote>Read more, argue less: that is my advice.</blockquote>
      <figure><img src="https://img.example/a.jpg" alt=""><figcaption>Related: the harbour in 1920 | Archive</figcaption></figure>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('Read more, argue less');
    expect(text).toContain('the harbour in 1920');
  });

  it('removes reader-funding appeals, preferred-source links, affiliate notes and a promo heading left alone', () => {
    const { text } = cleanFragment(`${PROSE}
      <div class="wp-block-column"><h2>This story is funded by readers like you</h2><p><a href="/donate">Donate</a></p></div>
      <p><a href="https://www.google.com/preferences/source?q=paper.example">Add The Paper as a preferred source on Google</a></p>
      <p>Editorial note: The Paper may contain affiliate links on some articles.</p>
      <div><p>${'The harbour works start in spring.'}</p><h3>Related stories</h3></div>
      <div><p>${'The ferry runs twice a day.'}</p><div>Related Searches</div></div>`);
    expect(text).not.toMatch(/funded by readers|preferred source|affiliate links|Related stories|Related Searches/);
    const end = cleanFragment(`${PROSE}<h4><strong>Since you made it to the bottom of this article, we have a small favor to ask.</strong></h4>
      <p>We have a small favour to ask. <a href="/donate">Give now</a></p>`);
    expect(end.text).not.toMatch(/favou?r to ask/);
    expect(text).toContain('The harbour works start in spring.');
  });

  it('keeps prose about who funds whom, and a related heading over prose', () => {
    const html = `<p>Public radio is funded by listeners like you, the station manager said, and by grants from the city.</p>
      <p>"The budget is tight, and we have a small favor to ask of the council," the mayor said: <a href="/vote">a vote before spring</a>.</p>
      <h3>Related</h3><p>The port authority also plans a new ferry line, which the council will debate next month.</p>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('funded by listeners like you');
    expect(text).toContain('Related');
  });

  it('removes newsletter boxes by their inbox titles, and plugs set in bold or italics', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <div><h2>Get Jane Doe’s stories in your inbox</h2><p>Join for free to get updates from this writer.</p><input type="email"><button>Subscribe</button></div>
      <header><span>Receive agency growth tips, delivered to your inbox</span></header>
      <p><em><strong>Want more from The Paper? </strong></em><a href="/join"><em>Sign up</em></a><em><strong> for our newsletter, The Harbour, and read smarter.</strong></em></p>
      <p><strong>Sign up for our newsletter</strong></p>
      ${PROSE}`);
    expect(text).not.toMatch(/inbox|updates from this writer|Want more|Sign up/);
    expect(kinds).toEqual(['promo', 'promo', 'promo', 'promo']);
  });

  it('removes sales prompts and a promo title whose cards are gone', () => {
    const { text } = cleanFragment(`${PROSE}
      <div><h2>Talk to Our Experts</h2><p><a href="/contact">Schedule Your Free Consultation</a></p></div>
      <p><strong>Stop searching. <a href="/contact">Talk to our social media marketing experts</a></strong></p>
      <div><p>You might like</p></div>`);
    expect(text).not.toMatch(/Experts|Consultation|You might like/i);
  });

  it('keeps prose that mentions experts and quotes, and a related title with prose after it', () => {
    const html = `<p>Talk to our experts, the mayor told reporters, was the advice the council ignored for a decade.</p>
      <p>The builder said customers can <a href="/quotes">request a quote</a> from three firms, which most never do, before a job starts.</p>
      <p>You might like</p><p>the new trams more than the old buses: they are quieter, and they run on time.</p>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('Talk to our experts');
    expect(text).toContain('request a quote');
    expect(text).toContain('You might like');
  });

  it('removes paywall boxes and log-in prompts', () => {
    const { text } = cleanFragment(`${PROSE}
      <div><h2>This article is exclusive to Paper+ subscribers</h2><p>Unlock this article and more.</p><p><a href="/subscribe">Subscribe</a></p></div>
      <p>Already have an account? <a href="/login">Log in</a></p>
      <p><strong>Become a <a href="/subscribe">paid subscriber to Every</a> to unlock this piece and learn about:</strong></p>`);
    expect(text).not.toMatch(/exclusive|Unlock|Already have an account|paid subscriber/);
  });

  it('keeps prose that mentions inboxes and newsletters, and plain text with a plug in the middle', () => {
    const html = `<p>Phishing mail gets to your inbox every day, and most of it looks real.</p>
      <p>CVs in your inbox within 72 hours, the recruiter promised, but none came.</p>
      <p>The mayor, who <a href="/bio">writes a weekly column</a>, told readers to sign up for our newsletter at the town hall.</p>
      <p><em>Harbour Notes</em> is the council's newsletter; <a href="/notes">the latest issue</a> covers the tram line.</p>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('Phishing mail gets to your inbox');
    expect(text).toContain('CVs in your inbox');
    expect(text).toContain('sign up for our newsletter at the town hall');
    expect(text).toContain('Harbour Notes');
  });

  it('removes the plugs of blogs, podcasts and recipe sites', () => {
    const { text } = cleanFragment(`${PROSE}
      <p>The free weekly Insider email is the industry's top source for news. <strong><a href="/insider/">Subscribe here</a></strong>.</p>
      <p><strong><a href="/sponsorship">Sponsor this newsletter</a></strong></p>
      <p><strong>Help me spread the word about this podcast!</strong></p>
      <p><strong>Join the Facebook group</strong> – <a href="https://www.facebook.com/groups/harbour">facebook.com/groups/harbour</a></p>
      <p>Did you make one of my recipes? Please take a moment to <strong>leave a star rating</strong>. Follow the kitchen on <a href="https://www.facebook.com/kitchen">Facebook</a>.</p>
      ${PROSE}`);
    expect(text).not.toMatch(/Subscribe here|Sponsor this|spread the word|Facebook group|Did you make/);
    expect(text.match(/The council voted/g)).toHaveLength(2);
  });

  it('keeps prose that mentions sponsors, Facebook groups and recipes', () => {
    const html = `<p>Members who join the Facebook group get the minutes, the clerk said, though <a href="/minutes">the minutes</a> are public.</p>
      <p>The bakery agreed to sponsor this newsletter's <a href="/fair">harbour fair</a> stall for a year.</p>
      <p>Did you make this recipe with rye flour instead? The loaf will be denser, and it needs <a href="/rye">an hour more</a> to rise.</p>
      <p>If you need help, ask in <a href="/forum">the forum</a>. You might also want to follow me on Bluesky at <a href="/bsky">@jane.example</a> or on Mastodon at <a href="/masto">@jane@example.social</a>.</p>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('join the Facebook group');
    expect(text).toContain('sponsor this newsletter');
    expect(text).toContain('follow me on Bluesky');
  });

  it('removes an appeal box whole, titled by its appeal, with its pitch, button and sign-off', () => {
    const pitch = 'We are in the midst of our end-of-year campaign, our most important fundraising effort of the year, and every dollar you give will be doubled. If you believe stories like the one you just read matter, please consider pitching in what you can: it keeps our reporting free for everyone.';
    const { text, kinds } = cleanFragment(`${PROSE}
      <div class="wp-block-group"><div class="inner"><h4><strong>Since you made it to the bottom of this article, we have a small favor to ask.&nbsp;</strong></h4>
      <div class="columns"><figure><img src="/editor.jpg" alt=""></figure><p>${pitch}</p></div>
      <div class="buttons"><a href="/donate">Double your gift now</a></div><p>Thank you.<br>Jane Doe<br>Editor in chief</p></div></div>
      ${PROSE}`);
    expect(text).not.toMatch(/favor to ask|fundraising|Double your gift|Editor in chief/);
    expect(kinds).toEqual(['promo']);
  });

  it('keeps a section under a heading that names a newsletter, whose links sit in its sentences', () => {
    const body = 'The council newsletter went out to every household in the old town last week, with the tram route, the timetable for the works and the numbers to call about noise at night. Shop owners said it came too late: the first closures start on Monday, and deliveries will have to use the harbour road until the spring.';
    const { text } = cleanFragment(`<section><h3>Our weekly newsletter, explained</h3><p>${body} <a href="/route">The route</a>.</p></section>`);
    // (The heading alone reads as the title of a box whose form is gone; the section stays.)
    expect(text).toContain(body);
  });

  it('removes sign-up consent lines, newsletters "delivered to your inbox", "Support us!", affiliate notes and "If you’re enjoying this article" appeals', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <p>By signing up, you agree to receive recurring automated SMS marketing messages from Paper Deals. See our <a href="/privacy">Privacy Policy</a>.</p>
      <p><em>Love trams? The Paper's Transit newsletter has the best stories, delivered right to your inbox. <a href="/newsletters">Sign up now</a> and ride along.</em></p>
      <p>Related: Our free weekly newsletter <a href="/briefing">sums up the harbour news</a>.</p>
      <p><strong>Support us! Give via <a href="/crypto">cryptocurrencies</a> or become a member.</strong></p>
      <p><strong>Give to the Paper via <a href="/patreon">Patreon</a></strong>. We also use affiliate links in articles to earn commissions.</p>
      <p>If you're enjoying this article, consider supporting our award-winning journalism by <a href="/subscribe">subscribing</a>.</p>
      ${PROSE}`);
    expect(text).not.toMatch(/By signing up|Love trams|Related:|Support us|affiliate|enjoying/);
    expect(kinds).toEqual(['promo', 'promo', 'promo', 'promo', 'promo', 'promo']);
  });

  it('keeps prose about signing up, support and inboxes, and a thank-you for sharing', () => {
    const html = `<p>By signing up, residents agree to share their meter readings with the council, <a href="/scheme">the scheme's rules</a> say.</p>
      <p>Support for the tram grew! By spring, <a href="/poll">a poll</a> found most shop owners in favour.</p>
      <p>Results are delivered to your inbox within a week, the clinic says, and <a href="/clinic">the clinic</a> keeps them for a year.</p>
      <p>If you enjoyed this article, the ultimate compliment is to <a href="/share">share our work</a>.</p>`;
    const { kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
  });
});
