/**
 * Entry of index.html, the web checker: preloaded with the seeded sample sheets (bundled as
 * files of the build, fetched from the same origin).
 */
import './web-checker.ts';

const sampleUrls = import.meta.glob<string>('../../../seeds/sheets/*.xlsx', { eager: true, query: '?url', import: 'default' });

const checker = document.querySelector('mb-web-checker');
if (checker) {
  const params = new URLSearchParams(location.search);
  if (params.get('lang') === 'en') checker.lang = 'en';
  // ?samples=0 starts empty (end-to-end tests upload their own files).
  checker.samples =
    params.get('samples') === '0'
      ? []
      : Object.entries(sampleUrls)
          .map(([path, url]) => ({ name: path.slice(path.lastIndexOf('/') + 1), url }))
          .sort((a, b) => a.name.localeCompare(b.name));
}
