// What a citizen test needs to know about an example before it opens the page: the package, the personas, the
// persona to follow, and the synthetic answers a careful citizen would give. The reach conditions are evaluated
// here with a small interpreter of our own (the semantics of ARCHITECTURE.md "The flow semantics"), so the test
// does not lean on runtime/engine to decide what the runtime should show.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));
const demoDir = fileURLToPath(new URL('../../runtime/demo/', import.meta.url));

/** Every example under examples/ (a folder holding `<id>.package.json`), sorted. */
export function exampleIds() {
  return readdirSync(examplesDir)
    .filter((name) => statSync(`${examplesDir}${name}`).isDirectory())
    .filter((name) => {
      try {
        return statSync(`${examplesDir}${name}/${name}.package.json`).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}

/** The package and personas of an example (`xss` is the demo's package of administrator markup, no personas). */
export function loadExample(id) {
  if (id === 'xss') return { pkg: JSON.parse(readFileSync(`${demoDir}xss.package.json`, 'utf8')), personas: [] };
  const pkg = JSON.parse(readFileSync(`${examplesDir}${id}/${id}.package.json`, 'utf8'));
  const personas = JSON.parse(readFileSync(`${examplesDir}${id}/personas.json`, 'utf8'));
  return { pkg, personas };
}

/** Field id → field definition, for situation questions and step fields alike. */
export function fieldIndex(pkg) {
  const out = new Map();
  for (const node of pkg.flow.nodes) {
    if (node.kind === 'situation') out.set(node.id, { ...node.field, id: node.id, situationKey: node.key });
    if (node.kind === 'step') for (const field of node.fields) out.set(field.id, field);
  }
  return out;
}

// Synthetic values that pass every check the runtime makes (checksums included).
export const ID_NUMBER = '11010519491231002X';
export const MOBILE = '13800138000';
export const POSTCODE = '510000';
export const USCC = '91440300568520498A';
const TEXT_BY_PATTERN = {
  '^[A-Z]+$': 'CHEN',
  '^[0-9A-Za-z]{10,24}$': 'A1B2C3D4E5F6',
  '^[\\u4e00-\\u9fa5]{2,10}$': '好味',
};
const TEXT_BY_ID = {
  f_employerName: '广州示例科技有限公司',
  f_pinyinGivenName: 'XIAOLIN',
};
const TEXT_BY_KEY = {
  name: '陈晓琳',
  emergencyContactName: '陈大文',
  recipientName: '陈晓琳',
  nameRegion: '广州',
  industry: '餐饮',
  destination: '日本',
};

/**
 * The answer the test gives to a field: the persona's answer for a situation question, otherwise a valid
 * synthetic value of the field's type (the first option of a choice).
 */
export function answerFor(field, persona) {
  if (field.situationKey !== undefined && persona && Object.hasOwn(persona.answers, field.situationKey)) return persona.answers[field.situationKey];
  const first = field.options?.[0]?.value;
  switch (field.type) {
    case 'text':
      if (field.id in TEXT_BY_ID) return TEXT_BY_ID[field.id];
      if (field.pattern) {
        if (!(field.pattern in TEXT_BY_PATTERN)) throw new Error(`no synthetic text for pattern ${field.pattern} (${field.id})`);
        return TEXT_BY_PATTERN[field.pattern];
      }
      return TEXT_BY_KEY[field.key] ?? '测试内容';
    case 'textarea':
      return '零售日用百货；预包装食品销售';
    case 'integer':
    case 'number':
      return field.minimum !== undefined && field.minimum > 3 ? field.minimum : 3;
    case 'date':
      return '2024-03-15';
    case 'single-choice':
      return first;
    case 'multi-choice':
      return [first];
    case 'yes-no':
      return false;
    case 'email':
      return 'chen@example.cn';
    case 'mobile-cn':
      return MOBILE;
    case 'id-card-cn':
      return ID_NUMBER;
    case 'uscc-cn':
      return USCC;
    case 'postal-code-cn':
      return POSTCODE;
    case 'address-cn':
      return { province: '440000', city: '440100', district: '440106', detail: '天河路100号' };
    default:
      throw new Error(`no synthetic answer for field type ${field.type} (${field.id})`);
  }
}

function jsonEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The reach interpreter: comparisons are false while the field is absent, except isEmpty. */
function holds(condition, values, reached) {
  if ('all' in condition) return condition.all.every((c) => holds(c, values, reached));
  if ('any' in condition) return condition.any.some((c) => holds(c, values, reached));
  if ('not' in condition) return !holds(condition.not, values, reached);
  if ('reached' in condition) return reached.has(condition.reached);
  const present = values.has(condition.field);
  const value = values.get(condition.field);
  const expected = condition.value;
  if (condition.op === 'isEmpty') return !present;
  if (!present) return false;
  const list = expected === undefined ? [] : Array.isArray(expected) ? expected : [expected];
  switch (condition.op) {
    case 'isNotEmpty':
      return true;
    case 'equals':
      return jsonEqual(value, expected);
    case 'notEquals':
      return !jsonEqual(value, expected);
    case 'in':
      return list.some((v) => jsonEqual(value, v));
    case 'notIn':
      return !list.some((v) => jsonEqual(value, v));
    case 'lt':
      return typeof value === 'number' && value < expected;
    case 'lte':
      return typeof value === 'number' && value <= expected;
    case 'gt':
      return typeof value === 'number' && value > expected;
    case 'gte':
      return typeof value === 'number' && value >= expected;
    case 'includes':
      return Array.isArray(value) && value.some((v) => jsonEqual(v, expected));
    default:
      throw new Error(`unknown operator ${condition.op}`);
  }
}

/** The nodes a persona reaches (flow order), given the answers the test will type. */
export function reachedNodes(pkg, persona) {
  const fields = fieldIndex(pkg);
  const values = new Map();
  const reached = new Set();
  for (const node of pkg.flow.nodes) {
    if (!holds(node.reach, values, reached)) continue;
    reached.add(node.id);
    // Answers of a node count only once it is reached (data of unreached nodes is dropped).
    const ids = node.kind === 'situation' ? [node.id] : node.kind === 'step' ? node.fields.map((f) => f.id) : [];
    for (const id of ids) values.set(id, answerFor(fields.get(id), persona));
  }
  return pkg.flow.nodes.filter((node) => reached.has(node.id));
}

/** The first persona whose path reaches a submit end and no exit end, with the materials it must hand in. */
export function submittingPersona(pkg, personas) {
  for (const persona of personas) {
    const nodes = reachedNodes(pkg, persona);
    const ends = nodes.filter((node) => node.kind === 'end');
    if (ends.some((end) => end.outcome === 'submit') && !ends.some((end) => end.outcome === 'exit')) return persona;
  }
  throw new Error(`${pkg.id}: no persona reaches a submit end`);
}

/** The materials a persona's path reaches, as keys (what the 一次性告知 list and the payload should hold). */
export function reachedMaterialKeys(pkg, persona) {
  const reached = new Set(reachedNodes(pkg, persona).map((node) => node.id));
  return pkg.materials.filter((m) => reached.has(m.nodeId)).map((m) => m.key);
}

/**
 * How the test provides a material, among the ways the page offers: data sharing or an e-licence when offered
 * (the office fetches it), else an upload (exercises the file chooser), else a commitment, else paper.
 * `overrides` (material key → way) picks another way.
 */
export function wayFor(materialKey, offered, overrides = {}) {
  const wanted = overrides[materialKey];
  if (wanted) {
    if (!offered.includes(wanted)) throw new Error(`material ${materialKey} does not offer ${wanted} (offers ${offered.join(', ')})`);
    return wanted;
  }
  for (const way of ['sharedData', 'eLicence', 'upload', 'commitment', 'paper', 'deferred']) if (offered.includes(way)) return way;
  throw new Error(`material ${materialKey} offers no way the test knows (${offered.join(', ')})`);
}

/** A small valid file for an upload rule: a one-page PDF when PDFs are accepted, else a 1×1 PNG or a JPEG. */
export function syntheticFile(accept) {
  const types = accept ?? ['application/pdf'];
  if (types.includes('application/pdf')) {
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n');
    return { name: '证明材料.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) };
  }
  if (types.includes('image/png')) {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    return { name: '照片.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') };
  }
  if (types.includes('image/jpeg')) {
    // Smallest JPEG header a type check needs (the runtime checks the type and the size, not the pixels).
    return { name: '照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]) };
  }
  throw new Error(`no synthetic file for ${types.join(', ')}`);
}
