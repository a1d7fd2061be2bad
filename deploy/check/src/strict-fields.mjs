// Finds fields that no Kubernetes schema defines (a typo like `readinesProbe` passes plain schema
// validation because the schemas allow additional properties). Field lists are read from the type
// declarations shipped with kubernetes-models, so they follow the same API version as its schemas.
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const modelsRoot = path.dirname(require.resolve("kubernetes-models/package.json"));
const nodeModules = path.dirname(modelsRoot);
const interfaceCache = new Map();

function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/** The text between the braces that open at `start` (which points at "{"). */
function braced(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(start + 1, i);
  }
  throw new Error("unbalanced braces");
}

/** Splits an interface body into [name, type] pairs at its top level. */
function properties(body) {
  const props = new Map();
  const re = /"([^"]+)"\??:\s*/g;
  let m;
  while ((m = re.exec(body))) {
    let depth = 0;
    let i = re.lastIndex;
    for (; i < body.length; i++) {
      const c = body[i];
      if (c === "{" || c === "<" || c === "(") depth++;
      else if (c === "}" || c === ">" || c === ")") depth--;
      else if (c === ";" && depth === 0) break;
    }
    props.set(m[1], body.slice(re.lastIndex, i).trim());
    re.lastIndex = i + 1;
  }
  return props;
}

function resolveImport(fromFile, spec) {
  const base = spec.startsWith(".") ? path.resolve(path.dirname(fromFile), spec) : path.join(nodeModules, spec);
  return base.replace(/\.js$/, "") + ".d.ts";
}

/** Loads interface `name` (or the interface exported under that alias) from a .d.ts file. */
function loadInterface(file, name) {
  const key = `${file}#${name}`;
  if (interfaceCache.has(key)) return interfaceCache.get(key);
  let result = null;
  if (existsSync(file)) {
    const text = stripComments(readFileSync(file, "utf8"));
    const imports = new Map();
    for (const im of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
      for (const n of im[1].split(",").map((s) => s.trim()).filter(Boolean)) imports.set(n, im[2]);
    }
    let local = name;
    const alias = new RegExp(`(\\w+) as ${name}\\b`).exec(text);
    if (alias) local = alias[1];
    const decl = new RegExp(`export interface ${local}\\b[^{]*\\{`).exec(text);
    if (decl) {
      result = { file, imports, props: properties(braced(text, decl.index + decl[0].length - 1)) };
    }
  }
  interfaceCache.set(key, result);
  return result;
}

/** The schema node for a TypeScript type expression, as seen from `iface`. */
function typeNode(iface, type) {
  type = type.trim();
  let m = /^Array<([\s\S]*)>$/.exec(type);
  if (m) return { array: typeNode(iface, m[1]) };
  m = /^\{\s*\[key: string\]:\s*([\s\S]*?);?\s*\}$/.exec(type);
  if (m) return { map: typeNode(iface, m[1]) };
  if (/^I\w+$/.test(type) && iface.imports.has(type)) {
    const target = loadInterface(resolveImport(iface.file, iface.imports.get(type)), type);
    if (target) return { object: target };
  }
  return { leaf: true };
}

function walk(value, node, at, errors) {
  if (value === null || typeof value !== "object" || node.leaf) return;
  if (node.array) {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, node.array, `${at}[${i}]`, errors));
  } else if (node.map) {
    for (const [k, v] of Object.entries(value)) walk(v, node.map, `${at}.${k}`, errors);
  } else if (node.object && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      const type = node.object.props.get(k);
      if (type === undefined) errors.push(`unknown field ${at ? `${at}.` : ""}${k}`);
      else walk(v, typeNode(node.object, type), at ? `${at}.${k}` : k, errors);
    }
  }
}

/** Unknown fields of a built-in object, e.g. ["unknown field spec.template.spec.containers[0].readinesProbe"]. */
export function unknownFields(obj, modelDir, kind) {
  const top = loadInterface(path.join(modelsRoot, modelDir, `${kind}.d.ts`), `I${kind}`);
  if (!top) throw new Error(`no type declaration for ${modelDir}/${kind}`);
  const errors = [];
  walk(obj, { object: top }, "", errors);
  return errors.filter((e) => !/^unknown field (apiVersion|kind)$/.test(e));
}
