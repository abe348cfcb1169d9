import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { headline, headlineText } from '@/utils/extract/headline';
import { extractArticle } from '@/utils/extract/extract-article';
import { bylineName, readerHeader, titleWithoutSiteName } from '@/utils/header';
import { parsePage } from './helpers';

describe('bylineName', () => {
  it('takes off the label before the name and the date before or after it', () => {
    expect(bylineName('By\n   Jane   Roe')).toBe('Jane Roe');
    expect(bylineName('Written By:Jane RoeLast Updated:August 1, 2025')).toBe('Jane Roe');
    expect(bylineName('Posted by: Jane Roe')).toBe('Jane Roe');
    expect(bylineName('ByJane Roe')).toBe('Jane Roe');
    expect(bylineName('By Dr. Jane Roe - Mar 27, 2024')).toBe('Dr. Jane Roe');
    expect(bylineName('By Jane RoePublished on July 18, 2025')).toBe('Jane Roe');
    expect(bylineName('Jane Roe • March 12, 2025 at 3:46 PM')).toBe('Jane Roe');
    expect(bylineName('Jane Roe2022-11-23T08:10+02:00')).toBe('Jane Roe');
    expect(bylineName('Dec 17, 2025 · Jane Roe')).toBe('Jane Roe');
    expect(bylineName('Authors: Jane Roe, John Doe')).toBe('Jane Roe, John Doe');
  });

  it('keeps names that start like a label or a month, and what is not a label or a date', () => {
    expect(bylineName('Byron Smith')).toBe('Byron Smith');
    expect(bylineName('BYRON SMITH')).toBe('BYRON SMITH');
    expect(bylineName('By May Smith')).toBe('May Smith');
    expect(bylineName('Marcia Jones, The Paper')).toBe('Marcia Jones, The Paper');
    // A reviewer or an editor is not the author: their label stays.
    expect(bylineName('Reviewed by Jane Roe')).toBe('Reviewed by Jane Roe');
  });

  it('gives none for a byline that is only a date', () => {
    expect(bylineName('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toBeNull();
  });
});

describe('titleWithoutSiteName', () => {
  it('keeps the headline of "Headline | Site" titles, whatever the separator', () => {
    expect(titleWithoutSiteName('Tram to the harbour | The Paper', 'Tram to the harbour', null)).toBe('Tram to the harbour');
    expect(titleWithoutSiteName('Tram to the harbour – The Paper – News of the coast', 'Tram to the harbour', null)).toBe('Tram to the harbour');
    expect(titleWithoutSiteName('Tram to the harbour • Jane Roe', 'Tram to the harbour', null)).toBe('Tram to the harbour');
    // Matched with other quotes and white space: the title's own quotes are kept.
    expect(titleWithoutSiteName('The mayor’s  tram - The Paper', "The mayor's tram", null)).toBe('The mayor’s tram');
  });

  it('cuts the name the site gives itself when the headline does not say which part is which', () => {
    expect(titleWithoutSiteName('How to build a terrarium | eHow', null, 'eHow')).toBe('How to build a terrarium');
    expect(titleWithoutSiteName('The Paper › How to build a terrarium', 'The Paper', 'The Paper')).toBe('How to build a terrarium');
    // A headline that is the site's name is its logo.
    expect(titleWithoutSiteName('A brief intro to git • Cory Roe', 'Cory Roe', 'Cory Roe')).toBe('A brief intro to git');
  });

  it('cuts the name of the site in its address when nothing else says which part it is', () => {
    expect(titleWithoutSiteName('GAME CHANGER | Newegg.com', null, null, 'https://promotions.newegg.com/x')).toBe('GAME CHANGER');
    expect(titleWithoutSiteName('Index Funds: How to Invest | Vanguard', 'Index funds', null, 'https://investor.vanguard.com/a')).toBe('Index Funds: How to Invest');
    expect(titleWithoutSiteName('Weekend coding agent | TheFocus.AI Labs', null, null, 'https://thefocus.ai/posts/1')).toBe('Weekend coding agent');
    expect(titleWithoutSiteName('Leadfeeder | State of SEO in 2026', null, null, 'https://www.leadfeeder.com/blog/seo')).toBe('State of SEO in 2026');
    expect(titleWithoutSiteName('Grads find no jobs - Slashdot', null, null, 'https://developers.slashdot.org/story/1')).toBe('Grads find no jobs');
  });

  it('keeps a title whose parts the address does not name, or names only in passing', () => {
    // At the start, only the name alone is the site's: here it is the newsletter's own title.
    expect(titleWithoutSiteName('Digjitale Signal #18 – The World Without Work?', null, null, 'https://www.digjitale.com/signal-18')).toBe('Digjitale Signal #18 – The World Without Work?');
    expect(titleWithoutSiteName('Tram to the harbour | City news', null, null, 'https://thepaper.example/tram')).toBe('Tram to the harbour | City news');
    expect(titleWithoutSiteName('Sport | Newegg', null, null, 'https://www.newegg.com/')).toBe('Sport | Newegg');
    // A shared part of a host names no site; nor does an address that is not one.
    expect(titleWithoutSiteName('Tram to the harbour - Com', null, null, 'https://www.com.example/')).toBe('Tram to the harbour - Com');
    expect(titleWithoutSiteName('Tram to the harbour - Example', null, null, 'not an address')).toBe('Tram to the harbour - Example');
  });

  it('keeps a title that is all headline, or where nothing marks the site', () => {
    expect(titleWithoutSiteName('Best bread machines - My favourites!', 'Best bread machines - My favourites!', null)).toBe('Best bread machines - My favourites!');
    expect(titleWithoutSiteName('Best bread machines - Reviews', null, null)).toBe('Best bread machines - Reviews');
    // A colon joins a title and its subtitle; a dash without spaces is a word's.
    expect(titleWithoutSiteName('Index funds: how to invest', 'Index funds', null)).toBe('Index funds: how to invest');
    expect(titleWithoutSiteName('Tram-to-the-harbour plan', 'Tram to', null)).toBe('Tram-to-the-harbour plan');
    expect(titleWithoutSiteName('Shared history — tram extension', 'tram extension', null)).toBe('Shared history — tram extension');
    // A one-word rest is a section, not the title.
    expect(titleWithoutSiteName('News | The Paper', null, 'The Paper')).toBe('News | The Paper');
    expect(titleWithoutSiteName('Sport | The Paper', 'Sport', null)).toBe('Sport | The Paper');
    expect(titleWithoutSiteName('The Paper', 'The Paper', 'The Paper')).toBe('The Paper');
  });
});

describe('readerHeader', () => {
  it('repairs the header texts the page garbled, then cuts the site name from the title', () => {
    const header = readerHeader({
      title: 'Itâ€™s late | The Paper',
      headline: 'Itâ€™s late',
      byline: 'ZoÃ« Roe',
      siteName: null,
      url: 'https://a.example/',
    });
    expect(header).toEqual({ title: 'It’s late', headline: 'It’s late', byline: 'Zoë Roe', siteName: null, url: 'https://a.example/' });
  });

  it('decodes the character references a site left in its metadata, then cuts the site name', () => {
    const header = readerHeader({
      title: 'Planning the event &bull; Event Institute',
      headline: null,
      byline: 'Jane Roe &amp; John Doe',
      siteName: 'Event Institute',
      url: 'https://a.example/',
    });
    expect(header.title).toBe('Planning the event');
    expect(header.byline).toBe('Jane Roe & John Doe');
    const dated = readerHeader({ title: 'Tram', headline: null, byline: 'By Jane Roe\n   March 11, 2015', siteName: null, url: 'https://a.example/' });
    expect(dated.byline).toBe('Jane Roe');
    // Others stay as they are: "&nosuch;" is text.
    expect(readerHeader({ title: 'Less &nosuch; more', headline: null, byline: null, siteName: null, url: 'https://a.example/' }).title).toBe('Less &nosuch; more');
  });
});

describe('headlineText', () => {
  it('is the words of the only h1, or of the h1 the title carries', () => {
    expect(headlineText(headline(parsePage('<title>Tram | Paper</title><h1> Tram   to the harbour </h1>')))).toBe('Tram to the harbour');
    expect(headlineText(headline(parsePage('<title>Tram to the harbour | Paper</title><h1>Paper</h1><h1>Tram to the harbour</h1>')))).toBe('Tram to the harbour');
    expect(headlineText(headline(parsePage('<title>Tram</title><p>No heading</p>')))).toBeNull();
  });
});

describe('the title the reader shows', () => {
  it("is the article's title without the site's name, which the reader shows apart", () => {
    const paragraphs = Array.from({ length: 5 }, (_, index) => `<p>Paragraph ${index + 1} about the harbour tram, the council vote and the cost of the works in the old town.</p>`).join('');
    const page = parsePage(`<html><head><title>Tram to the harbour | The Paper</title>
      <meta property="og:title" content="Tram to the harbour | The Paper"><meta property="og:site_name" content="The Paper"></head>
      <body><article><h1>Tram to the harbour</h1>${paragraphs}</article></body></html>`);
    const found = articleOf(extractArticle(page));
    expect(found?.headline).toBe('Tram to the harbour');
    const header = readerHeader(found!);
    expect(header.title).toBe('Tram to the harbour');
    expect(header.siteName).toBe('The Paper');
  });
});
