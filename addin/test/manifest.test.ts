/**
 * Offline checks of the XML manifest: what Office's validator would reject, without the network.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseXml, childrenNamed, walk, XmlError, type XmlElement } from '../scripts/xml.ts';
import { DEV_BASE_URL, manifestVersion, normaliseBaseUrl, packageVersion, readTemplate, renderManifest } from '../scripts/write-manifest.ts';

const addinDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestText = readFileSync(join(addinDir, 'manifest.xml'), 'utf8');
const manifest = parseXml(manifestText);

/** Order of OfficeApp children in the TaskPaneApp schema (offappmanifest 1.1). */
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

function expectInOrder(parent: XmlElement, order: string[]): void {
  const seen = parent.children.map((c) => c.name);
  for (const name of seen) expect(order, `<${name}> is not allowed in <${parent.name}>`).toContain(name);
  const positions = seen.map((n) => order.indexOf(n));
  const sorted = [...positions].sort((a, b) => a - b);
  expect(positions, `children of <${parent.name}> out of schema order: ${seen.join(', ')}`).toEqual(sorted);
}

function only(parent: XmlElement, name: string): XmlElement {
  const found = childrenNamed(parent, name);
  expect(found, `<${parent.name}> needs exactly one <${name}>`).toHaveLength(1);
  return found[0]!;
}

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Where a URL path of the add-in is served from: Vite's public dir or an HTML entry at the root. */
function sourceFor(urlPath: string): string[] {
  const clean = urlPath.replace(/^\/+/, '');
  const candidates = [join(addinDir, 'public', clean), join(addinDir, clean)];
  if (clean === 'functions.js') candidates.push(join(addinDir, 'src/functions/register.ts'));
  return candidates;
}

describe('manifest.xml', () => {
  it('is the template rendered for the dev URL (run scripts/write-manifest.ts after editing)', () => {
    expect(manifestText).toBe(renderManifest(readTemplate(), DEV_BASE_URL, manifestVersion(packageVersion())));
  });

  it('is a TaskPaneApp with the required elements in schema order', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(manifest.attributes.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expectInOrder(manifest, OFFICE_APP_ORDER);
    for (const name of REQUIRED) only(manifest, name);
    expect(only(manifest, 'Permissions').text.trim()).toBe('ReadWriteDocument');
    expect(only(manifest, 'DefaultLocale').text.trim()).toBe('zh-CN');
  });

  it('has a valid GUID of its own and a four-part version', () => {
    const id = only(manifest, 'Id').text.trim();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    // Not the nil GUID, and not the id of the Yeoman/`yo office` samples people forget to change.
    expect(id).not.toBe('00000000-0000-0000-0000-000000000000');
    expect(id.toLowerCase()).not.toBe('05c2e1c9-3e1d-406e-9a91-e9ac64854143');
    expect(only(manifest, 'Version').text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('names itself 目标 Mubiao in zh-CN with en-US overrides, within length limits', () => {
    const display = only(manifest, 'DisplayName');
    expect(display.attributes.DefaultValue).toBe('目标 Mubiao');
    const overrides = childrenNamed(display, 'Override');
    expect(overrides.map((o) => o.attributes.Locale)).toEqual(['en-US']);
    for (const value of [display.attributes.DefaultValue!, ...overrides.map((o) => o.attributes.Value!)]) {
      expect(value.length).toBeLessThanOrEqual(125);
    }
    const description = only(manifest, 'Description');
    for (const value of [description.attributes.DefaultValue!, ...childrenNamed(description, 'Override').map((o) => o.attributes.Value!)]) {
      expect(value.length).toBeGreaterThan(0);
      expect(value.length).toBeLessThanOrEqual(250);
    }
  });

  it('asks only for ExcelApi 1.1 so Office 2016 can load it', () => {
    const sets = only(only(manifest, 'Requirements'), 'Sets');
    expect(childrenNamed(sets, 'Set').map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([['ExcelApi', '1.1']]);
  });

  it('uses https for every URL', () => {
    const urls: string[] = [];
    for (const el of walk(manifest)) {
      for (const value of Object.values(el.attributes))
        if (/^[a-z]+:\/\//i.test(value) && !value.includes('schemas.microsoft.com') && !value.includes('www.w3.org')) urls.push(value);
      if (/^[a-z]+:\/\//i.test(el.text.trim())) urls.push(el.text.trim());
    }
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url, url).toMatch(/^https:\/\//);
  });

  it('keeps VersionOverrides, Host and Resources in schema order', () => {
    const overrides = only(manifest, 'VersionOverrides');
    expectInOrder(overrides, ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides']);
    const host = only(only(overrides, 'Hosts'), 'Host');
    expect(host.attributes['xsi:type']).toBe('Workbook');
    expectInOrder(host, ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    const desktop = only(host, 'DesktopFormFactor');
    expectInOrder(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    expectInOrder(only(overrides, 'Resources'), ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    const cf = only(only(host, 'AllFormFactors'), 'ExtensionPoint');
    expect(cf.attributes['xsi:type']).toBe('CustomFunctions');
    expectInOrder(cf, ['Script', 'Page', 'Metadata', 'Namespace']);
    for (const control of walk(desktop).filter((e) => e.name === 'Control')) {
      expectInOrder(control, ['Label', 'Supertip', 'Icon', 'Action']);
    }
  });

  it('has a Validate button opening the pane and a Clear command on the Home tab', () => {
    const tab = walk(manifest).find((e) => e.name === 'OfficeTab')!;
    expect(tab.attributes.id).toBe('TabHome');
    const controls = walk(tab).filter((e) => e.name === 'Control');
    const actions = controls.map((c) => only(c, 'Action').attributes['xsi:type']);
    expect(actions).toEqual(['ShowTaskpane', 'ExecuteFunction']);
    const ids = walk(manifest)
      .filter((e) => e.name === 'Control' || e.name === 'Group')
      .map((e) => e.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    const fn = only(only(controls[1]!, 'Action'), 'FunctionName').text.trim();
    const commands = readFileSync(join(addinDir, 'src/commands/commands.ts'), 'utf8');
    expect(commands).toContain(`'${fn}'`);
  });

  it('resolves every resid to a declared resource of the right kind, with ids and strings in limits', () => {
    const resources = only(only(manifest, 'VersionOverrides'), 'Resources');
    const declared = new Map<string, { kind: string; el: XmlElement }>();
    for (const group of resources.children) {
      for (const item of group.children) {
        const id = item.attributes.id!;
        expect(declared.has(id), `resource id ${id} declared twice`).toBe(false);
        expect(id.length, id).toBeLessThanOrEqual(32);
        declared.set(id, { kind: group.name, el: item });
        const limit = group.name === 'bt:ShortStrings' ? 125 : group.name === 'bt:LongStrings' ? 250 : 2048;
        const values = [item.attributes.DefaultValue!, ...childrenNamed(item, 'bt:Override').map((o) => o.attributes.Value!)];
        for (const v of values) {
          expect(v.length, `${id}`).toBeGreaterThan(0);
          expect(v.length, `${id}`).toBeLessThanOrEqual(limit);
        }
      }
    }
    const used = new Set<string>();
    const host = only(only(only(manifest, 'VersionOverrides'), 'Hosts'), 'Host');
    for (const el of walk(host)) {
      const resid = el.attributes.resid;
      if (!resid) continue;
      used.add(resid);
      const found = declared.get(resid);
      expect(found, `resid ${resid} on <${el.name}> is not declared`).toBeDefined();
      const expectedKind =
        el.name === 'bt:Image'
          ? 'bt:Images'
          : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.name)
            ? 'bt:Urls'
            : el.name === 'Description'
              ? 'bt:LongStrings'
              : 'bt:ShortStrings';
      expect(found!.kind, `resid ${resid} on <${el.name}>`).toBe(expectedKind);
    }
    for (const id of declared.keys()) expect(used.has(id), `resource ${id} is never used`).toBe(true);
  });

  it('points only at files that exist, and icons have the size they claim', () => {
    const urls: { url: string; size?: number }[] = [];
    for (const el of walk(manifest)) {
      const value = el.attributes.DefaultValue;
      if (value?.startsWith(DEV_BASE_URL)) urls.push({ url: value });
    }
    const resources = only(only(manifest, 'VersionOverrides'), 'Resources');
    const images = new Map(only(resources, 'bt:Images').children.map((i) => [i.attributes.id!, i.attributes.DefaultValue!]));
    for (const img of walk(manifest).filter((e) => e.name === 'bt:Image' && e.attributes.size)) {
      urls.push({ url: images.get(img.attributes.resid!)!, size: Number(img.attributes.size) });
    }
    urls.push({ url: only(manifest, 'IconUrl').attributes.DefaultValue!, size: 32 });
    urls.push({ url: only(manifest, 'HighResolutionIconUrl').attributes.DefaultValue!, size: 64 });
    for (const { url, size } of urls) {
      const path = new URL(url).pathname;
      const file = sourceFor(path).find((f) => existsSync(f));
      expect(file, `${url} has no file in public/ or the Vite entries`).toBeDefined();
      if (size) expect(pngSize(file!), url).toEqual([size, size]);
    }
  });
});

describe('manifest writer', () => {
  it('refuses non-https base URLs and keeps production URLs as given', () => {
    expect(() => normaliseBaseUrl('http://example.gov.cn')).toThrow(/https/);
    expect(() => normaliseBaseUrl('not a url')).toThrow(/not a URL/);
    expect(() => normaliseBaseUrl('https://x.cn/?a=1')).toThrow(/query/);
    const xml = renderManifest(readTemplate(), 'https://portal.example.gov.cn/mubiao/', '1.2.3.0');
    expect(xml).toContain('https://portal.example.gov.cn/mubiao/taskpane.html');
    expect(xml).not.toContain('localhost');
    expect(parseXml(xml).name).toBe('OfficeApp');
  });

  it('turns package versions into four-part manifest versions', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(() => manifestVersion('one')).toThrow(/MAJOR/);
  });
});

describe('xml reader', () => {
  it('rejects malformed XML with a position', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
    expect(() => parseXml('<a x=1/>')).toThrow(/quoted/);
    expect(() => parseXml('<a>&</a>')).toThrow(/&amp;/);
    expect(() => parseXml('<a/><b/>')).toThrow(/after the root/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/repeated/);
    expect(() => parseXml('<!-- run pnpm --filter x --><a/>')).toThrow(/inside a comment/);
    expect(() => parseXml('<a><!-- a -- b --></a>')).toThrow(/inside a comment/);
    try {
      parseXml('<a>\n  <b>\n</a>');
    } catch (e) {
      expect((e as XmlError).line).toBe(3);
    }
    expect(parseXml('<?xml version="1.0"?><!-- c --><a k="&lt;&#x4e2d;">t&amp;<![CDATA[<x>]]></a>')).toMatchObject({
      name: 'a',
      attributes: { k: '<中' },
      text: 't&<x>',
    });
  });
});

describe("Microsoft's manifest reader (office-addin-manifest, offline)", () => {
  it('reads our manifest as an Excel task pane add-in with our id, names and pages', async () => {
    const { OfficeAddinManifest } = await import('office-addin-manifest');
    const info = await OfficeAddinManifest.readManifestFile(join(addinDir, 'manifest.xml'));
    expect(info.id).toBe(only(manifest, 'Id').text.trim());
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.displayName).toBe('目标 Mubiao');
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_BASE_URL}/taskpane.html`);
  });
});
