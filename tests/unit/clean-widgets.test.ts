import { describe, expect, it } from 'vitest';
import { cleanFragment, PROSE } from './clean-fixture';

describe('widget rule', () => {
  it('removes text size widgets, print buttons, breadcrumbs and back-to-top links', () => {
    const { text, kinds } = cleanFragment(`
      <div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a></div>
      <div class="font-resize"><span>Text Size:</span><button>A-</button><button>A+</button></div>
      <a class="print-button" href="#">Print</a>
      ${PROSE}
      <p><a href="#top">Back to top</a></p>
      <p><a href="#top">↑ Back to Top</a></p>
      <div><a href="#">Scroll to top ▲</a></div>`);
    expect(text).not.toMatch(/Home|Text Size|Print|Back to top|Scroll to top/i);
    expect(text).not.toMatch(/[↑▲]/);
    expect(kinds).toEqual(['widget', 'widget', 'widget', 'widget', 'widget', 'widget']);
  });

  it('removes a wiki’s [edit] links and keeps the headings they sit in', () => {
    const { text, kinds, root } = cleanFragment(`<h2><span class="mw-headline" id="History">History</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></h2>${PROSE}`);
    expect(kinds).toEqual(['widget']);
    expect(text).not.toMatch(/edit|\[/);
    expect(root.querySelector('h2')?.textContent).toBe('History');
  });

  it("removes a video player's control bar and play button, and keeps the video's caption and a bar chart", () => {
    const { text, kinds } = cleanFragment(`
      ${PROSE}
      <div class="video-js vjs-paused" role="region" aria-label="video player">
        <div class="vjs-big-play-button"><span class="vjs-control-text">Play Video</span></div>
        <div class="vjs-control-bar"><span class="vjs-control-text">Play</span>
          <div class="vjs-current-time"><span class="vjs-control-text">Current Time</span> 0:00</div>
          <div class="vjs-duration"><span class="vjs-control-text">Duration Time</span> 0:00</div>
          <div class="vjs-fullscreen-control"><span class="vjs-control-text">Fullscreen</span></div></div>
      </div>
      <p class="caption">Video shows the first tram crossing the harbour bridge</p>
      <div class="bar-chart"><p>Fares rose by a tenth in the first year and by a fifth in the second.</p></div>`);
    expect(text).not.toMatch(/Play Video|Current Time|Duration Time|Fullscreen/);
    expect(text).toContain('Video shows the first tram crossing the harbour bridge');
    expect(text).toContain('Fares rose by a tenth');
    expect(kinds).toEqual(['widget', 'widget']);
  });

  it('removes a table of contents of in-page links with its heading', () => {
    const { text, root } = cleanFragment(`<p><strong>Table of Contents</strong></p>
      <ul><li><a href="#route">The route</a></li><li><a href="#cost">The cost</a></li><li><a href="#noise">The noise</a></li></ul>
      <h2 id="route">The route</h2>${PROSE}`);
    expect(text).not.toContain('Table of Contents');
    expect(root.querySelectorAll('ul')).toHaveLength(0);
    expect(root.querySelector('h2')?.textContent).toBe('The route');
  });

  it('removes the title of a table of contents that a script would have filled, and keeps a "Contents" section', () => {
    const { text } = cleanFragment(`<section><div><p>TABLE OF CONTENTS</p></div><div>${PROSE}</div></section>
      <h2>Contents</h2><p>The box holds a map of the tram line, two tickets and a guide to the harbour.</p>`);
    expect(text).not.toContain('TABLE OF CONTENTS');
    expect(text).toMatch(/Contents\s*The box holds a map/);
  });

  it('removes an author box and a copyright line, but keeps the agency credit and author notes', () => {
    const { text } = cleanFragment(`${PROSE}
      <p>–Bloomberg</p>
      <p><em>The author is a professor of urban planning at the university.</em></p>
      <div class="author-bio"><img src="https://img.example/face.jpg" alt=""><p>Jane Roe covers transport.</p></div>
      <p>Copyright © 2024 The Paper. All rights reserved.</p>`);
    expect(text).toContain('–Bloomberg');
    expect(text).toContain('The author is a professor');
    expect(text).not.toContain('Jane Roe covers transport');
    expect(text).not.toContain('All rights reserved');
  });

  it('removes an author box with a full biography and links to the author\'s posts, but not a longer section so named', () => {
    const biography = 'Jane Roe has covered transport, housing and the city budget for the paper since 2009. '.repeat(5);
    const { text, kinds } = cleanFragment(`${PROSE}
      <div class="author-info"><p>Written by</p><p>${biography}</p><a href="/author/jane-roe">View all posts</a></div>
      <div class="author-details">${PROSE}${PROSE}${PROSE}${PROSE}</div>`);
    expect(kinds).toEqual(['widget']);
    expect(text).not.toContain('Jane Roe has covered');
    expect(text.match(/The council voted/g)).toHaveLength(5);
  });

  it('removes a caption toggle, and keeps a sentence that starts with its words', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <div class="caption-toggle"><button>Show Caption</button></div>
      <p>Show caption contests drew hundreds of entries at the harbour fair this year.</p>`);
    expect(kinds).toEqual(['widget']);
    expect(text).not.toMatch(/Show Caption/);
    expect(text).toContain('Show caption contests drew');
  });

  it('reads BEM and underscore names of author boxes as their words, and keeps article text so named', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <div class="single-content-author__about"><p>Jane Roe is a freelance writer and researcher.</p></div>
      <div class="hero-author--bio">John Doe covers the harbour for the paper.</div>
      <div class="about_author_wrapper"><strong>About the Author</strong> Ann Poe writes about trams.</div>
      <div class="entry__content--wide">${PROSE}</div>`);
    expect(kinds).toEqual(['widget', 'widget', 'widget']);
    expect(text).not.toMatch(/Jane Roe|John Doe|Ann Poe/);
    expect(text.match(/The council voted/g)).toHaveLength(2);
  });

  it('removes publication, reading-time and pin-it lines, and a byline set as a small heading', () => {
    const { text, kinds } = cleanFragment(`<div class="post-date">Published June 23, 2025 10:39AM</div>
      <p>Updated on Dec. 13, 2025 at 9:00</p><h6>Jane Roe | 5 min read</h6><h3>Written by Jane Roe</h3>
      ${PROSE}<h2>Pin this for later!</h2><p>Published Date: June 11, 2025</p><div><span>Published</span> 6 hours ago</div>`);
    expect(kinds).toEqual(['widget', 'widget', 'widget', 'widget', 'widget', 'widget', 'widget']);
    expect(text).not.toMatch(/Published|Updated|min read|Written by|Pin this/);
  });

  it('removes a "Read more", "Continue reading", "Learn more" or "Shop now" link alone in its block', () => {
    const { text, kinds } = cleanFragment(`${PROSE}<p><a href="/next">Read More</a></p><div><a href="/page/2">Continue reading →</a></div>
      <p>The Steel Pour boils a litre in three minutes.</p><p><a href="https://shop.example/steel-pour">Learn more.</a></p>
      <div><a href="https://shop.example/basic-boil">SHOP NOW</a></div>`);
    expect(kinds).toEqual(['widget', 'widget', 'widget', 'widget']);
    expect(text).not.toMatch(/Read More|Continue reading|Learn more|Shop now/i);
  });

  it('keeps "Learn more" in a sentence, and a "Learn more:" title that is not a link', () => {
    const { text, kinds } = cleanFragment(`${PROSE}<p>To <a href="/tram">learn more</a> about the tram, visit the depot.</p>
      <p><b>Learn more:</b></p><ul><li><a href="/fares">Fares and tickets on the new line</a></li></ul>`);
    expect(kinds).toEqual([]);
    expect(text).toContain('To learn more about the tram, visit the depot.');
    expect(text).toContain('Learn more:');
  });

  it('removes an author box by its link to the author’s posts, and keeps a short story that ends with such a link, and a tag’s link', () => {
    const { text, kinds } = cleanFragment(`${PROSE}<div class="the-author"><img src="/jane.png" alt="Jane Roe"><div class="description"><div class="bio">
      <p><strong>Jane Roe</strong> is the transport editor of The Paper. She has covered the harbour since 2010.</p><hr>
      <a class="link" href="/author/jane" rel="author">View all posts by Jane Roe</a></div></div></div>`);
    expect(kinds).toEqual(['widget']);
    expect(text).not.toMatch(/Jane Roe/);
    const story = cleanFragment(`<div id="readability-page-1">${PROSE}<p>The ferry runs twice a day until the works end.</p><p><a href="/harbour">See more stories from the harbour</a></p></div>`);
    expect(story.text).toMatch(/The council voted.*The ferry runs/);
    const related = cleanFragment(`<div><p>Osaka is a food city first.</p><a href="/tag/osaka">Read more posts related to Osaka</a></div>`);
    expect(related.kinds).toEqual([]);
  });

  it('removes rating prompts, and keeps a question about an article in a sentence', () => {
    const { text, kinds } = cleanFragment(`${PROSE}<h3>How useful was this post?</h3><p>Rate this recipe</p><div>Was this article helpful?</div>`);
    expect(kinds).toEqual(['widget', 'widget', 'widget']);
    expect(text).not.toMatch(/useful|Rate this|helpful/);
    expect(cleanFragment('<p>Was this article helpful? The council asked readers, and most said no.</p>').kinds).toEqual([]);
  });

  it('removes the site’s sign-in prompt', () => {
    const { text, kinds } = cleanFragment(`<a class="user-box" href="/login"><div>Sign in to your <span>XDA</span> account</div></a>${PROSE}<p><a href="/login">Log in</a></p>`);
    expect(kinds).toEqual(['widget', 'widget']);
    expect(text).not.toMatch(/Sign in|Log in/);
  });

  it('keeps sentences that start like a publication line or mention a read, and the date in a byline box', () => {
    const html = `<div class="post-byline"><div>Last updated: January 7, 2025</div></div>
      <p>Updated 2024 figures show fewer riders</p><p>Published in 1998, the report argued for a tram.</p>
      <p>The report is a 5 min read.</p><p>15 Dec, 2025</p><h2>Written by the winners</h2>
      <p>Published 6 hours ago, the report was read by thousands.</p><h3>Log in</h3>
      <p>You need to <a href="/login">login</a> or register to keep bookmarks.</p>`;
    const { kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
  });

  it('keeps footnotes, in-text anchors and prose about copyright', () => {
    const html = `<p>The council's figures<sup><a href="#fn1">1</a></sup> differ from the port's<sup><a href="#fn2">2</a></sup>.</p>
      <ol class="footnotes"><li id="fn1">Council report, 2023.</li><li id="fn2">Port authority, 2024.</li></ol>
      <p>Copyright law protects the map, the court said, but not the facts it shows.</p>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('Council report, 2023.');
    expect(text).toContain('Copyright law protects the map');
  });

  it('keeps headings whose anchors carry chrome-like words', () => {
    const html = `<h2><span id="Eich_CEO_promotion_controversy">Eich CEO promotion controversy</span></h2>
      <h2><a class="toc-backref" href="#id3">Sharing with a single developer</a></h2>${PROSE}`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('Eich CEO promotion controversy');
    expect(text).toContain('Sharing with a single developer');
  });

  it('keeps text in typography classes that mention font or text size', () => {
    const html = `<p class="has-medium-font-size">So, if you are wading through a bit of chaos, you are not alone.</p>
      <div class="text-size-l">We compare four website builders.</div><p><span class="tag">New</span> results are in.</p>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('wading through');
    expect(text).toContain('We compare four');
    expect(text).toContain('New results');
  });

  it('removes a named table of contents but keeps chapters whose names say toc', () => {
    const { text } = cleanFragment(`<div class="ez-toc-container"><a href="#a">One</a> <a href="#b">Two</a></div>
      <section id="toc_19441" class="toc-para"><ul><li>By mail, send the completed form with the fee.</li></ul></section>`);
    expect(text).toBe('By mail, send the completed form with the fee.');
  });

  it('removes the byline repeated in the body, not a sentence that starts the same way', () => {
    const { text } = cleanFragment(`<p>Written by Jane Roe</p>${PROSE}<p>Written by hand in 1820, the letter was found in the harbour master's desk drawer last spring.</p>`);
    expect(text).not.toContain('Written by Jane Roe');
    expect(text).toContain('Written by hand in 1820');
  });

  it('keeps the credit under a section heading: a list of games and their publishers', () => {
    const item = (title: string, publisher: string) => `<div class="list-item"><h2>${title}</h2>
      <div class="list_item_sub"><div class="field">Published by ${publisher}</div></div>${PROSE}</div>`;
    const { text, kinds } = cleanFragment(`<h1>The best board games of 2025</h1>${item('Chit Chat', 'Helvetiq')}${item('Wyrmspan', 'Stonemaier Games')}`);
    expect(kinds).toEqual([]);
    expect(text).toContain('Published by Helvetiq');
    expect(text).toContain('Published by Stonemaier Games');
  });

  it('removes the label of a button that opens an image, and keeps the image and its caption', () => {
    const { text, kinds, root } = cleanFragment(`${PROSE}
      <figure><div role="button" tabindex="0"><span class="speechify-ignore">Press enter or click to view image in full size</span>
      <div><picture><img src="https://img.example/tram.jpg" alt="The tram"></picture></div></div>
      <figcaption>The tram at the harbour.</figcaption></figure>`);
    expect(text).not.toContain('Press enter');
    expect(kinds).toEqual(['widget']);
    expect(root.querySelector('img')).not.toBeNull();
    expect(text).toContain('The tram at the harbour.');
  });

  it('removes the word a screen reader is told before an image, and keeps a heading or a sentence so worded', () => {
    const { text, kinds, root } = cleanFragment(`${PROSE}
      <figure><span class="visually-hidden">Photo</span><div class="image"><img src="https://img.example/tram.jpg" alt=""></div>
      <figcaption>The tram at the harbour.</figcaption></figure>
      <div><span class="css-1dv1kvn">Image</span><img src="https://img.example/ferry.jpg" alt=""></div>
      <h3>Video</h3><div><img src="https://img.example/still.jpg" alt=""></div>
      <p>Photo</p><p>The harbour in 1920, before the tram.</p>`);
    expect(kinds).toEqual(['widget', 'widget']);
    expect(root.querySelectorAll('img')).toHaveLength(3);
    expect(root.querySelectorAll('span')).toHaveLength(0);
    expect(text).toContain('Video');
    expect([...root.querySelectorAll('p')].map((paragraph) => paragraph.textContent)).toContain('Photo');
  });

  it("keeps a credit on an image's button, an accordion's question and a button without an image", () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <div role="button"><span>Click to view the tram timetable</span></div>
      <div role="button"><picture><img src="https://img.example/tram.jpg" alt=""></picture><div>Jane Roe / The Paper</div></div>
      <div role="button"><span>What does the tram cost?</span><img src="https://img.example/chevron.png" alt=""></div>
      <p>A ticket costs two euros.</p>`);
    expect(kinds).toEqual([]);
    expect(text).toContain('Click to view the tram timetable');
    expect(text).toContain('Jane Roe / The Paper');
    expect(text).toContain('What does the tram cost?');
  });

  it('removes a link drawn as a button alone in its block, and keeps one in a sentence, round an image or with a long label', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <p><a class="btn btn-primary btn-lg" href="https://shop.example/poster">Buy Poster</a></p>
      <div class="wp-block-buttons"><div><a class="wp-block-button__link" href="/webcam">View Webcam</a></div></div>
      <p>Riders can <a class="btn-link" href="/fares">check the fares</a> before the line opens.</p>
      <p><a class="button" href="/map"><img src="https://img.example/map.png" alt="Map of the line"></a></p>
      <p><a class="btn" href="/report.pdf">Read the council's full report on the harbour tram route (PDF)</a></p>`);
    expect(text).not.toMatch(/Buy Poster|View Webcam/);
    expect(kinds).toEqual(['widget', 'widget']);
    expect(text).toContain('Riders can check the fares before the line opens.');
    expect(text).toContain("Read the council's full report");
  });

  it('removes the labelled topic links under a story, and keeps a labelled line of prose or of plain words', () => {
    const { text, kinds } = cleanFragment(`${PROSE}
      <ul class="inline-pipes-list"><li>More about:</li><li><a href="/topic/hotels">Hotels</a></li><li><a href="/topic/hygiene">Hygiene</a></li></ul>
      <p>Tags: <a href="/tag/helena">Helena</a>, <a href="/tag/thermostat">smart thermostat</a></p>
      <p>Filed under: <a href="/news">News</a></p>
      <p>Topics: the route, the fares and the noise, each in a chapter of its own.</p>
      <p>Category: <a href="/c/trams">trams</a> were the council's first choice, the report says, ahead of buses and a cable car.</p>`);
    expect(text).not.toMatch(/More about|Hotels|Tags:|Helena|Filed under/);
    expect(kinds).toEqual(['widget', 'widget', 'widget']);
    expect(text).toContain('Topics: the route, the fares and the noise');
    expect(text).toContain("Category: trams were the council's first choice");
  });
});
