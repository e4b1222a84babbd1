import { describe, expect, test } from 'vitest';
import { activeTab } from '../../src/app/bottom-nav';
import { prerenderPaths } from '../../src/app/prerender-paths';
import { routes } from '../../src/app/routes';
import { paths } from '../../src/routing/paths';

describe('the active tab follows the section of the page', () => {
  test.each([
    [paths.start, paths.start],
    [paths.plan, paths.plan],
    [paths.step('stap-3-elleboogsteun'), paths.plan],
    [paths.alarm, paths.alarm],
    [paths.more, paths.more],
    [paths.settings, paths.more],
    [paths.contacts, paths.more],
    [paths.reminder, paths.more],
    // The diary's pages stay the diary's (under Meer), also when a step's "Noteer uw pijn" led there.
    [paths.diary, paths.more],
    [paths.diaryBefore('stap-3-elleboogsteun'), paths.more],
    [paths.diaryAfterPage, paths.more],
    [paths.diaryData, paths.more],
    [paths.diaryPrint, paths.more],
  ])('%s is in the tab %s', (pathname, tab) => {
    expect(activeTab(pathname)).toBe(tab);
  });

  test('an address outside every section marks no tab', () => {
    expect(activeTab('/bestaat-niet')).toBeNull();
    expect(activeTab('/stappenplannen')).toBeNull(); // a prefix of letters is not a section
  });

  test('every page of the app belongs to exactly one tab', async () => {
    const addresses = await prerenderPaths(routes);
    expect(addresses.length).toBeGreaterThan(15);
    expect(addresses.filter((address) => activeTab(address) === null)).toEqual([]);
  });
});
