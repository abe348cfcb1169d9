/**
 * Page builders and product-card plugins name the blocks an article is made of "widgets"
 * (`elementor-widget-container`, `c-product-widget__content`, `ck-widget`). Readability reads
 * "widget" anywhere in a class as chrome: it scores such blocks down and cleans them out of what
 * it keeps, so a buying guide showed its intro and none of its products (WCXB 0010, 4705).
 * Inside the content root, a block of prose whose class says "widget" only within a longer name
 * loses the word, on the clone. The sidebar widgets of WordPress themes (`widget`, `widget_text`,
 * `textwidget`, or anything in an aside, a widget area or a sidebar) keep it.
 */
import { paragraphText } from './content-root';

/** The class names of a theme's own sidebar widgets. */
const SIDEBAR_WIDGET_CLASS = /(?:^|\s)(?:widget|widget_\S*|textwidget)(?:\s|$)/i;
const SIDEBAR = 'aside, [class*="widget-area"], [class*="sidebar"]';

export function dropWidgetFromProseClasses(root: Element): void {
  for (const element of root.querySelectorAll('[class*="widget" i]')) {
    const names = element.getAttribute('class') ?? '';
    if (SIDEBAR_WIDGET_CLASS.test(names) || element.closest(SIDEBAR) || paragraphText(element) === 0) continue;
    element.setAttribute('class', names.replace(/widget/gi, 'w'));
  }
}
