import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { unclobberedClone } from '@/utils/extract/defuse-clobbering';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage } from './helpers';

const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i}: the council met on Tuesday to discuss the harbour timetable, and residents said the late crossing is the only way home.</p>`).join('');

describe('unclobberedClone', () => {
  it('turns forms into fieldsets, keeping their content, so controls cannot shadow node properties', () => {
    const page = parsePage(`<html><body><form class="box" id="f" action="/x"><input name="parentNode"><input name="childNodes"><p>Kept text</p></form></body></html>`);
    const clone = unclobberedClone(page);
    expect(clone.querySelector('form')).toBeNull();
    const block = clone.querySelector('fieldset.box#f');
    expect(block?.textContent).toContain('Kept text');
    expect(block?.parentNode).toBe(clone.body);
  });

  it('drops the names that would shadow document properties', () => {
    const page = parsePage('<html><body><img name="body" src="https://x.example/a.jpg"><img id="documentElement"></body></html>');
    const clone = unclobberedClone(page);
    expect(clone.body.localName).toBe('body');
    expect(clone.documentElement.localName).toBe('html');
    expect(page.querySelector('img[name="body"]')).not.toBeNull();
  });
});

describe('extractArticle on clobbering markup', () => {
  it('reads an article that holds a form shadowing parentNode and childNodes', () => {
    const page = parsePage(`<html><head><title>Clobber</title></head><body><article><h1>Clobber</h1>${story}
      <form><input name="parentNode"><input name="childNodes"><input name="firstChild"></form>${story}</article></body></html>`);
    const outcome = extractArticle(page);
    expect(outcome.status).toBe('ok');
    expect(articleOf(outcome)?.html).toContain('Paragraph 7');
  });

  it('leaves out a contact form inside the article, its notes included, as Readability does with forms', () => {
    const field = (name: string) => `<div class="col"><input class="form-control" name="${name}" placeholder="${name}*"></div>`;
    const contact = `<form class="small-form"><div class="disclaimer"><p><b>Important</b>: we are an offshore firm; your drawings must meet the norms of your own region.</p></div>
      <div class="row"><h2><span>Talk to our experts</span> Schedule your free consultation</h2>${field('Name')}${field('Email')}
      <div class="tooltip">Use your business email for a faster reply!</div>${field('Phone')}${field('Company')}
      <div class="col"><textarea name="needs"></textarea></div></div></form>`;
    const page = parsePage(`<html><head><title>Outsourcing</title></head><body><article><h1>Outsourcing</h1>${story}${contact}${story}</article></body></html>`);
    const html = articleOf(extractArticle(page))?.html ?? '';
    expect(html).toContain('Paragraph 7');
    expect(html).not.toContain('Talk to our experts');
    expect(html).not.toContain('offshore firm');
  });
});
