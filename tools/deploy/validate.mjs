#!/usr/bin/env node
// Strict validation of Tailwise's deployment files.
//
//   node tools/deploy/validate.mjs            render k8s/base and both overlays with
//                                             `kubectl kustomize`, check every document,
//                                             check docker-compose.yml, the Dockerfile,
//                                             and run yamllint
//   node tools/deploy/validate.mjs FILE...    check only these manifest files (schema and
//                                             per-document rules, no cross-references)
//
// Exits 1 on any problem. kubectl is required; docker-compose and yamllint are used when
// installed (apt-get install -y docker-compose yamllint) and skipped with a note if not.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parse, parseAllDocuments } from 'yaml';
import { schemas } from './schemas.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const OVERLAYS = ['dev', 'production'];
export const NAMESPACE = 'tailwise';

// ---------------------------------------------------------------------------------------
// What the apps read (libs/config and each app's config.ts). A container may only set
// these; a new variable is added here first, on purpose.

/** Every back-end app. HTTP_HOST is optional (libs/config defaults it to 0.0.0.0). */
export const COMMON_ENV = ['NODE_ENV', 'LOG_LEVEL', 'NATS_URL', 'HTTP_PORT', 'SHUTDOWN_GRACE_MS'];
export const OPTIONAL_COMMON_ENV = ['HTTP_HOST'];
/** Apps that own a database. */
export const DATABASE_ENV = ['DATABASE_URL', 'DATABASE_NAME', 'DATABASE_POOL_SIZE', 'MIGRATIONS_RUN'];
/** Set only by the migrations Job. */
export const MIGRATION_ENV = ['MIGRATE_ONLY'];
/** Must come from a Secret in a cluster, and from a *_FILE secret in compose. */
export const SECRET_ENV = ['AUTH_PRIVATE_KEY', 'SMTP_PASS', 'DATABASE_URL', 'POSTGRES_PASSWORD'];
/** Names the image's entrypoint can read from a file (NAME_FILE=/run/secrets/...). */
export const FILE_ENV = ['AUTH_PRIVATE_KEY', 'SMTP_PASS', 'SMTP_USER', 'DATABASE_URL'];

export const APPS = {
  gateway: {
    port: 3000,
    database: null,
    env: ['PUBLIC_URL', 'WEB_ROOT', 'COOKIE_SECURE', 'ACCESS_TOKEN_TTL_SECONDS', 'TRUST_PROXY_HOPS'],
    optional: ['TRUST_PROXY_HOPS'],
  },
  identity: {
    port: 3101,
    database: 'tailwise_identity',
    env: ['AUTH_PRIVATE_KEY', 'AUTH_KEY_ID', 'ACCESS_TOKEN_TTL_SECONDS', 'REFRESH_TOKEN_TTL_DAYS'],
  },
  clients: { port: 3102, database: 'tailwise_clients', env: [] },
  scheduling: { port: 3103, database: 'tailwise_scheduling', env: [] },
  chat: { port: 3104, database: 'tailwise_chat', env: [] },
  notifications: {
    port: 3105,
    database: 'tailwise_notifications',
    env: ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASS', 'MAIL_FROM', 'PUBLIC_URL'],
    optional: ['SMTP_USER', 'SMTP_PASS'],
  },
};

/** Containers that are not Tailwise apps, by image repository name. */
export const OTHER_IMAGES = {
  nats: { env: [] },
  postgres: { env: ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB', 'PGDATA'] },
};

/** The app a container runs, from `node dist/apps/<app>/main.js` in its command/args. */
export function appOf(container) {
  const words = [...(container.command ?? []), ...(container.args ?? [])];
  for (const w of words) {
    const m = /^dist\/apps\/([a-z0-9-]+)\/main\.js$/.exec(String(w));
    if (m) return m[1];
  }
  return null;
}

/** Env names an app container may set, and those it must set. */
export function envRulesFor(app, { migration = false } = {}) {
  const spec = APPS[app];
  if (!spec) return null;
  const known = [...COMMON_ENV, ...(spec.database ? DATABASE_ENV : []), ...spec.env, ...(migration ? MIGRATION_ENV : [])];
  const optional = new Set([...OPTIONAL_COMMON_ENV, ...(spec.optional ?? [])]);
  return { allowed: new Set([...known, ...optional]), required: known.filter((n) => !optional.has(n)) };
}

// ---------------------------------------------------------------------------------------
// Schema validation

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validators = Object.fromEntries(Object.entries(schemas).map(([key, schema]) => [key, ajv.compile(schema)]));

export const describe = (doc) =>
  `${doc?.kind ?? '(no kind)'}/${doc?.metadata?.name ?? '(no name)'}`;

function formatAjvError(e) {
  const at = e.instancePath || '(root)';
  if (e.keyword === 'additionalProperties') {
    return `${at}: unknown field "${e.params.additionalProperty}"`;
  }
  if (e.keyword === 'enum') return `${at}: ${e.message} (${e.params.allowedValues.join(', ')})`;
  if (e.keyword === 'const') return `${at}: must be ${JSON.stringify(e.params.allowedValue)}`;
  return `${at}: ${e.message}`;
}

/** Schema problems of one document (strings). */
export function schemaProblems(doc) {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return ['(root): a document must be a mapping'];
  const key = `${doc.apiVersion}/${doc.kind}`;
  const validate = validators[key];
  if (!validate) {
    return [`(root): no schema for apiVersion "${doc.apiVersion}" kind "${doc.kind}" (known: ${Object.keys(validators).join(', ')})`];
  }
  if (validate(doc)) return [];
  // oneOf/anyOf report one line per branch; keep unknown-field and plain errors first.
  const lines = [...new Set(validate.errors.map(formatAjvError))];
  return lines;
}

// ---------------------------------------------------------------------------------------
// Rules beyond the schemas

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'Job']);

function matches(selector, labels) {
  const ml = selector?.matchLabels ?? {};
  if (!Object.keys(ml).length && !(selector?.matchExpressions ?? []).length) return true;
  if (!Object.entries(ml).every(([k, v]) => labels?.[k] === v)) return false;
  return (selector?.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const has = labels && key in labels;
    if (operator === 'Exists') return has;
    if (operator === 'DoesNotExist') return !has;
    if (operator === 'In') return has && values.includes(labels[key]);
    return !has || !values.includes(labels[key]);
  });
}

function preStopSleepMs(container) {
  const pre = container.lifecycle?.preStop;
  if (!pre) return 0;
  if (pre.sleep) return pre.sleep.seconds * 1000;
  const cmd = pre.exec?.command ?? [];
  if (cmd[0] === 'sleep' && /^\d+$/.test(cmd[1] ?? '')) return Number(cmd[1]) * 1000;
  return 0;
}

/**
 * Rule problems across a set of documents.
 * options.crossReferences: check references between documents (ConfigMaps, Secrets,
 *   Services, HPAs, PDBs, Ingress, NetworkPolicies); off when checking single files.
 * options.secretCatalog: Map name -> Set(keys) of Secrets created outside the render.
 * options.requireImageTags: images need an explicit tag other than latest.
 * options.namespace: namespaced objects must be in it.
 * Returns [{ doc, message }].
 */
export function ruleProblems(docs, options = {}) {
  const { crossReferences = true, secretCatalog = new Map(), requireImageTags = false, namespace = null } = options;
  const problems = [];
  const add = (doc, message) => problems.push({ doc: describe(doc), message });

  const byKind = (kind) => docs.filter((d) => d?.kind === kind);
  const configMaps = new Map(byKind('ConfigMap').map((d) => [d.metadata.name, d.data ?? {}]));
  const secrets = new Map(secretCatalog);
  for (const s of byKind('Secret')) {
    secrets.set(s.metadata.name, new Set([...Object.keys(s.data ?? {}), ...Object.keys(s.stringData ?? {})]));
  }

  // Unique names per kind and the namespace.
  const seen = new Set();
  for (const d of docs) {
    if (!d?.kind || !d?.metadata?.name) continue;
    const id = `${d.kind}/${d.metadata.namespace ?? ''}/${d.metadata.name}`;
    if (seen.has(id)) add(d, 'duplicate object');
    seen.add(id);
    if (namespace && d.kind !== 'Namespace' && d.metadata.namespace !== namespace) {
      add(d, `metadata.namespace must be "${namespace}", found "${d.metadata.namespace ?? ''}"`);
    }
  }

  // Secrets in a deployable render must not be the CHANGE-ME templates.
  if (requireImageTags) {
    for (const s of byKind('Secret')) {
      const values = [
        ...Object.values(s.data ?? {}).map((v) => Buffer.from(v, 'base64').toString('utf8')),
        ...Object.values(s.stringData ?? {}),
      ];
      if (values.some((v) => v.includes('CHANGE-ME'))) {
        add(s, 'holds a CHANGE-ME placeholder: overlays must not apply the secret templates');
      }
    }
  }

  const resolveEnv = (entry) => {
    if ('value' in entry) return entry.value;
    const ref = entry.valueFrom?.configMapKeyRef;
    if (ref) return configMaps.get(ref.name)?.[ref.key];
    return undefined;
  };

  for (const w of docs.filter((d) => WORKLOADS.has(d?.kind))) {
    const pod = w.spec?.template?.spec;
    if (!pod) continue;
    const podSc = pod.securityContext ?? {};
    const isJob = w.kind === 'Job';

    if (isJob && !['Never', 'OnFailure'].includes(pod.restartPolicy)) {
      add(w, 'a Job needs restartPolicy Never or OnFailure');
    }
    if (pod.automountServiceAccountToken !== false && !pod.serviceAccountName) {
      add(w, 'set automountServiceAccountToken: false (the apps never call the Kubernetes API)');
    }
    if (crossReferences && !(w.spec.selector ? matches(w.spec.selector, w.spec.template.metadata?.labels) : true)) {
      add(w, 'spec.selector does not match the pod template labels');
    }

    const volumeNames = new Set((pod.volumes ?? []).map((v) => v.name));
    const claimNames = new Set((w.spec.volumeClaimTemplates ?? []).map((v) => v.metadata?.name));

    for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
      const where = `container "${c.name}"`;
      const sc = c.securityContext ?? {};

      // Security: non-root, read-only root filesystem, no privilege escalation, no capabilities.
      const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
      if (nonRoot !== true) add(w, `${where}: runAsNonRoot must be true (container or pod securityContext)`);
      const uid = sc.runAsUser ?? podSc.runAsUser;
      if (uid === 0) add(w, `${where}: runAsUser must not be 0`);
      if (sc.readOnlyRootFilesystem !== true) add(w, `${where}: securityContext.readOnlyRootFilesystem must be true`);
      if (sc.allowPrivilegeEscalation !== false) {
        add(w, `${where}: securityContext.allowPrivilegeEscalation must be false`);
      }
      if (sc.privileged === true) add(w, `${where}: must not be privileged`);
      if (!(sc.capabilities?.drop ?? []).includes('ALL')) add(w, `${where}: securityContext.capabilities.drop must include ALL`);
      if ((sc.capabilities?.add ?? []).length) add(w, `${where}: must not add capabilities`);

      // Resources.
      const r = c.resources ?? {};
      for (const [part, key] of [
        ['requests', 'cpu'],
        ['requests', 'memory'],
        ['limits', 'memory'],
      ]) {
        if (r[part]?.[key] === undefined) add(w, `${where}: resources.${part}.${key} is missing`);
      }

      // Probes on long-running workloads.
      if (!isJob) {
        if (!c.livenessProbe) add(w, `${where}: livenessProbe is missing`);
        if (!c.readinessProbe) add(w, `${where}: readinessProbe is missing`);
      }
      const portNames = new Set((c.ports ?? []).map((p) => p.name).filter(Boolean));
      const portNumbers = new Set((c.ports ?? []).map((p) => p.containerPort));
      for (const probeName of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
        const port = c[probeName]?.httpGet?.port ?? c[probeName]?.tcpSocket?.port;
        if (typeof port === 'string' && !portNames.has(port)) add(w, `${where}: ${probeName} uses unknown port name "${port}"`);
        if (typeof port === 'number' && !portNumbers.has(port)) add(w, `${where}: ${probeName} uses undeclared port ${port}`);
      }
      for (const m of c.volumeMounts ?? []) {
        if (!volumeNames.has(m.name) && !claimNames.has(m.name)) add(w, `${where}: volumeMount "${m.name}" has no volume`);
      }

      // Image.
      if (requireImageTags) {
        const ref = c.image.includes('@') ? null : c.image.slice(c.image.lastIndexOf('/') + 1);
        if (ref !== null && (!ref.includes(':') || ref.endsWith(':latest'))) {
          add(w, `${where}: image "${c.image}" needs an explicit tag other than latest`);
        }
      }

      // Environment: names known for what the container runs.
      const app = appOf(c);
      const imageRepo = c.image.split('@')[0].replace(/:[^/]*$/, '').split('/').pop();
      let rules;
      if (app) {
        rules = envRulesFor(app, { migration: isJob });
        if (!rules) add(w, `${where}: runs unknown app "${app}" (known: ${Object.keys(APPS).join(', ')})`);
      } else if (OTHER_IMAGES[imageRepo]) {
        rules = { allowed: new Set(OTHER_IMAGES[imageRepo].env), required: [] };
      } else {
        add(w, `${where}: unknown container: neither "node dist/apps/<app>/main.js" nor a known image (${Object.keys(OTHER_IMAGES).join(', ')})`);
      }

      const names = [];
      for (const e of c.env ?? []) {
        names.push(e.name);
        if (SECRET_ENV.includes(e.name) && !e.valueFrom?.secretKeyRef) {
          add(w, `${where}: ${e.name} must come from a Secret (valueFrom.secretKeyRef)`);
        }
        const cmRef = e.valueFrom?.configMapKeyRef;
        if (crossReferences && cmRef && !cmRef.optional) {
          if (!configMaps.has(cmRef.name)) add(w, `${where}: env ${e.name} refers to missing ConfigMap "${cmRef.name}"`);
          else if (!(cmRef.key in configMaps.get(cmRef.name))) {
            add(w, `${where}: env ${e.name} refers to missing key "${cmRef.key}" of ConfigMap "${cmRef.name}"`);
          }
        }
        const sRef = e.valueFrom?.secretKeyRef;
        if (crossReferences && sRef && !sRef.optional) {
          if (!secrets.has(sRef.name)) add(w, `${where}: env ${e.name} refers to unknown Secret "${sRef.name}"`);
          else if (!secrets.get(sRef.name).has(sRef.key)) {
            add(w, `${where}: env ${e.name} refers to missing key "${sRef.key}" of Secret "${sRef.name}"`);
          }
        }
      }
      for (const src of c.envFrom ?? []) {
        const prefix = src.prefix ?? '';
        if (src.configMapRef) {
          const data = configMaps.get(src.configMapRef.name);
          if (!data) {
            if (crossReferences || !src.configMapRef.optional) add(w, `${where}: envFrom refers to missing ConfigMap "${src.configMapRef.name}"`);
          } else names.push(...Object.keys(data).map((k) => prefix + k));
        }
        if (src.secretRef) {
          const keys = secrets.get(src.secretRef.name);
          if (!keys) add(w, `${where}: envFrom refers to unknown Secret "${src.secretRef.name}"`);
          else names.push(...[...keys].map((k) => prefix + k));
        }
      }
      const counts = names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map());
      for (const [n, count] of counts) if (count > 1) add(w, `${where}: env ${n} is set ${count} times`);
      if (rules) {
        for (const n of new Set(names)) {
          if (!rules.allowed.has(n)) {
            add(w, `${where}: unknown env var ${n} (known here: ${[...rules.allowed].sort().join(', ')})`);
          }
        }
        for (const n of rules.required) if (!counts.has(n)) add(w, `${where}: env ${n} is missing`);
      }

      if (app && APPS[app]) {
        const byName = new Map((c.env ?? []).map((e) => [e.name, e]));
        const val = (n) => (byName.has(n) ? resolveEnv(byName.get(n)) : undefined);
        const httpPort = val('HTTP_PORT');
        if (httpPort !== undefined && String(httpPort) !== String(APPS[app].port)) {
          add(w, `${where}: HTTP_PORT is ${httpPort}, ${app} listens on ${APPS[app].port}`);
        }
        if (!isJob && !portNumbers.has(APPS[app].port)) add(w, `${where}: containerPort ${APPS[app].port} is not declared`);
        const dbName = val('DATABASE_NAME');
        if (APPS[app].database && dbName !== undefined && dbName !== APPS[app].database) {
          add(w, `${where}: DATABASE_NAME is ${dbName}, expected ${APPS[app].database}`);
        }
        if (crossReferences && APPS[app].database) {
          const migrationsRun = val('MIGRATIONS_RUN');
          if (isJob && (val('MIGRATE_ONLY') !== 'true' || migrationsRun !== 'true')) {
            add(w, `${where}: the migrations Job needs MIGRATE_ONLY=true and MIGRATIONS_RUN=true`);
          }
          if (!isJob && migrationsRun !== 'false') {
            add(w, `${where}: MIGRATIONS_RUN must be "false" in a cluster (the migrations Job migrates)`);
          }
        }
        if (!isJob) {
          const graceMs = Number(val('SHUTDOWN_GRACE_MS') ?? 10000);
          const periodMs = (pod.terminationGracePeriodSeconds ?? 30) * 1000;
          if (!(periodMs > graceMs + preStopSleepMs(c))) {
            add(
              w,
              `terminationGracePeriodSeconds (${periodMs / 1000}s) must exceed SHUTDOWN_GRACE_MS (${graceMs} ms) plus the preStop sleep (${preStopSleepMs(c)} ms)`,
            );
          }
        }
      }
    }
  }

  if (!crossReferences) return problems;

  // Cross-references between objects.
  const workloads = docs.filter((d) => WORKLOADS.has(d?.kind) && d.spec?.template);
  const podsMatching = (selector) => workloads.filter((w) => matches(selector, w.spec.template.metadata?.labels));
  const services = new Map(byKind('Service').map((s) => [s.metadata.name, s]));

  for (const s of services.values()) {
    const targets = podsMatching({ matchLabels: s.spec.selector }).filter((w) => w.kind !== 'Job');
    if (!targets.length) {
      add(s, 'selector matches no Deployment or StatefulSet');
      continue;
    }
    for (const p of s.spec.ports) {
      if (typeof p.targetPort !== 'string') continue;
      for (const w of targets) {
        const named = w.spec.template.spec.containers.some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort));
        if (!named) add(s, `targetPort "${p.targetPort}" is not a port name of ${describe(w)}`);
      }
    }
  }
  for (const st of byKind('StatefulSet')) {
    const svc = services.get(st.spec.serviceName);
    if (!svc || svc.spec.clusterIP !== 'None') add(st, `serviceName "${st.spec.serviceName}" is not a headless Service`);
  }

  // Every ConfigMap key is read by some container: a misspelled override in an overlay
  // (LOG_LEVL=debug) would otherwise be ignored without a word.
  const containers = workloads.flatMap((w) => [...(w.spec.template.spec.initContainers ?? []), ...w.spec.template.spec.containers]);
  const readKeys = new Set(
    containers.flatMap((c) => (c.env ?? []).map((e) => e.valueFrom?.configMapKeyRef).filter(Boolean).map((r) => `${r.name}/${r.key}`)),
  );
  const wholeMaps = new Set(containers.flatMap((c) => (c.envFrom ?? []).map((s) => s.configMapRef?.name).filter(Boolean)));
  for (const cm of byKind('ConfigMap')) {
    if (wholeMaps.has(cm.metadata.name)) continue;
    for (const key of Object.keys(cm.data ?? {})) {
      if (!readKeys.has(`${cm.metadata.name}/${key}`)) add(cm, `key ${key} is not read by any container`);
    }
  }

  const hpas = byKind('HorizontalPodAutoscaler');
  for (const h of hpas) {
    const ref = h.spec.scaleTargetRef;
    if (!docs.some((d) => d?.kind === ref.kind && d.metadata?.name === ref.name)) add(h, `scaleTargetRef ${ref.kind}/${ref.name} does not exist`);
    if ((h.spec.minReplicas ?? 1) > h.spec.maxReplicas) add(h, 'minReplicas exceeds maxReplicas');
  }
  const pdbs = byKind('PodDisruptionBudget');
  for (const p of pdbs) if (!podsMatching(p.spec.selector).length) add(p, 'selector matches no workload');
  for (const d of byKind('Deployment')) {
    const hpa = hpas.find((h) => h.spec.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === d.metadata.name);
    if (!hpa) add(d, 'has no HorizontalPodAutoscaler');
    else if (d.spec.replicas !== undefined) add(d, 'sets spec.replicas although an HPA scales it (each apply would reset the count)');
    if (!pdbs.some((p) => matches(p.spec.selector, d.spec.template.metadata?.labels))) add(d, 'has no PodDisruptionBudget');
  }

  for (const ing of byKind('Ingress')) {
    const backends = [ing.spec.defaultBackend, ...(ing.spec.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend))];
    for (const b of backends.filter(Boolean)) {
      const svc = services.get(b.service.name);
      if (!svc) {
        add(ing, `backend Service "${b.service.name}" does not exist`);
        continue;
      }
      const ok = svc.spec.ports.some((p) => (b.service.port.name ? p.name === b.service.port.name : p.port === b.service.port.number));
      if (!ok) add(ing, `backend port ${JSON.stringify(b.service.port)} is not a port of Service "${b.service.name}"`);
    }
  }

  const policies = byKind('NetworkPolicy');
  if (workloads.length && policies.length === 0) add({ kind: 'NetworkPolicy', metadata: { name: '*' } }, 'no NetworkPolicy at all');
  if (policies.length) {
    const denyAll = policies.some(
      (p) =>
        !Object.keys(p.spec.podSelector?.matchLabels ?? {}).length &&
        !(p.spec.podSelector?.matchExpressions ?? []).length &&
        p.spec.policyTypes.includes('Ingress') &&
        p.spec.policyTypes.includes('Egress') &&
        !(p.spec.ingress ?? []).length &&
        !(p.spec.egress ?? []).length,
    );
    if (!denyAll) add({ kind: 'NetworkPolicy', metadata: { name: '*' } }, 'no default-deny policy (empty podSelector, Ingress and Egress, no rules)');
    for (const p of policies) {
      if (!podsMatching(p.spec.podSelector).length) add(p, 'podSelector matches no workload');
    }
  }

  return problems;
}

/** Schema and rule problems for a list of { doc, source } entries. */
export function validateDocuments(entries, options = {}) {
  const problems = [];
  for (const { doc, source } of entries) {
    for (const message of schemaProblems(doc)) problems.push({ source, doc: describe(doc), message });
  }
  const docs = entries.map((e) => e.doc);
  // Rules read the documents' shape, so only run them on schema-valid sets.
  if (!problems.length) {
    const source = [...new Set(entries.map((e) => e.source))].join(', ');
    for (const p of ruleProblems(docs, options)) problems.push({ source, ...p });
  }
  return problems;
}

/** YAML text to documents; syntax errors become problems. */
export function parseManifests(text, source) {
  const entries = [];
  const problems = [];
  for (const d of parseAllDocuments(text)) {
    if (d.errors.length) {
      problems.push(...d.errors.map((e) => ({ source, doc: '(yaml)', message: e.message })));
      continue;
    }
    const doc = d.toJS();
    if (doc !== null && doc !== undefined) entries.push({ doc, source });
  }
  return { entries, problems };
}

// ---------------------------------------------------------------------------------------
// Tools

export function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, cmd);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return null;
}

export const kubectlPath = () => process.env.KUBECTL ?? (existsSync('/usr/bin/kubectl') ? '/usr/bin/kubectl' : which('kubectl'));

/** `kubectl kustomize <dir>` output, or throws with kubectl's message. */
export function render(dir) {
  const kubectl = kubectlPath();
  if (!kubectl) throw new Error('kubectl not found (needed for `kubectl kustomize`)');
  const r = spawnSync(kubectl, ['kustomize', dir], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`kubectl kustomize ${dir} failed:\n${r.stderr || r.error}`);
  return r.stdout;
}

/** Secrets the overlays expect to find in the cluster: the base's templates. */
export function secretCatalogFrom(entries) {
  const catalog = new Map();
  for (const { doc } of entries) {
    if (doc?.kind === 'Secret') catalog.set(doc.metadata.name, new Set([...Object.keys(doc.data ?? {}), ...Object.keys(doc.stringData ?? {})]));
  }
  return catalog;
}

/** Render and check k8s/base and each overlay. */
export function validateKustomizations() {
  const problems = [];
  const notes = [];
  let catalog = new Map();
  for (const [name, dir, deployable] of [
    ['base', 'k8s/base', false],
    ...OVERLAYS.map((o) => [o, `k8s/overlays/${o}`, true]),
  ]) {
    let text;
    try {
      text = render(dir);
    } catch (error) {
      problems.push({ source: dir, doc: '(render)', message: error.message });
      continue;
    }
    const parsed = parseManifests(text, dir);
    problems.push(...parsed.problems);
    if (name === 'base') catalog = secretCatalogFrom(parsed.entries);
    const found = validateDocuments(parsed.entries, {
      crossReferences: true,
      secretCatalog: catalog,
      requireImageTags: deployable,
      namespace: NAMESPACE,
    });
    problems.push(...found);
    notes.push(`${found.length ? 'FAIL' : 'ok  '} kubectl kustomize ${dir}: ${parsed.entries.length} documents`);
  }
  return { problems, notes };
}

/** docker-compose.yml: `docker-compose config -q` when installed, plus env rules. */
export function validateCompose(file = join(repoRoot, 'docker-compose.yml')) {
  const problems = [];
  const notes = [];
  const source = relative(repoRoot, file);
  const add = (doc, message) => problems.push({ source, doc, message });
  if (!existsSync(file)) {
    add('(file)', 'missing');
    return { problems, notes };
  }

  const composeBin = which('docker-compose');
  if (composeBin) {
    const r = spawnSync(composeBin, ['-f', file, '--project-directory', repoRoot, 'config', '-q'], { encoding: 'utf8' });
    if (r.status !== 0) add('(docker-compose config)', (r.stderr || r.stdout || String(r.error)).trim());
    else notes.push(`ok   docker-compose config -q (${source})`);
  } else {
    notes.push('note docker-compose is not installed: skipped `docker-compose config -q` (apt-get install -y docker-compose)');
  }

  let compose;
  try {
    compose = parse(readFileSync(file, 'utf8'), { merge: true });
  } catch (error) {
    add('(yaml)', error.message);
    return { problems, notes };
  }
  for (const [name, svc] of Object.entries(compose?.services ?? {})) {
    const command = Array.isArray(svc.command) ? svc.command : String(svc.command ?? '').split(/\s+/);
    const app = appOf({ command });
    const env = Array.isArray(svc.environment)
      ? Object.fromEntries(svc.environment.map((e) => [e.split('=')[0], e.split('=').slice(1).join('=')]))
      : (svc.environment ?? {});
    if (!app) continue;
    const rules = envRulesFor(app);
    if (!rules) {
      add(`service ${name}`, `runs unknown app "${app}"`);
      continue;
    }
    for (const n of Object.keys(env)) {
      const base = n.endsWith('_FILE') ? n.slice(0, -5) : null;
      if (base && FILE_ENV.includes(base) && rules.allowed.has(base)) continue;
      if (!rules.allowed.has(n)) add(`service ${name}`, `unknown env var ${n} (known here: ${[...rules.allowed].sort().join(', ')})`);
      if (['AUTH_PRIVATE_KEY', 'SMTP_PASS'].includes(n)) add(`service ${name}`, `${n} must not be written in the compose file: use ${n}_FILE with a secret`);
    }
    if (String(env.HTTP_PORT) !== String(APPS[app].port)) add(`service ${name}`, `HTTP_PORT must be ${APPS[app].port}`);
    if (!svc.healthcheck?.test) add(`service ${name}`, 'has no healthcheck');
    if (!svc.restart) add(`service ${name}`, 'has no restart policy');
  }
  return { problems, notes };
}

/** Dockerfile: a non-root numeric USER in the final stage and the Node 20 slim base. */
export function validateDockerfile(file = join(repoRoot, 'Dockerfile'), ignoreFile = join(repoRoot, '.dockerignore')) {
  const problems = [];
  const source = relative(repoRoot, file);
  if (!existsSync(file)) return { problems: [{ source, doc: '(file)', message: 'missing' }], notes: [] };
  const lines = readFileSync(file, 'utf8').split('\n');
  const lastFrom = lines.map((l, i) => [l, i]).filter(([l]) => /^FROM\s/i.test(l)).pop();
  const finalStage = lastFrom ? lines.slice(lastFrom[1]) : [];
  const user = finalStage.filter((l) => /^USER\s/i.test(l)).pop();
  if (!user) problems.push({ source, doc: 'final stage', message: 'no USER: the runtime must not run as root' });
  else if (!/^USER\s+[1-9]\d*(:\d+)?\s*$/i.test(user)) {
    problems.push({ source, doc: 'final stage', message: `"${user.trim()}": use a numeric non-root uid so Kubernetes can verify runAsNonRoot` });
  }
  if (!lines.some((l) => /node:20-bookworm-slim/.test(l))) problems.push({ source, doc: 'FROM', message: 'base image must be node:20-bookworm-slim' });
  if (!existsSync(ignoreFile)) problems.push({ source: '.dockerignore', doc: '(file)', message: 'missing' });
  else {
    const ignored = readFileSync(ignoreFile, 'utf8').split('\n').map((l) => l.trim());
    for (const must of ['.git', '**/node_modules', 'dist', '.nx', 'tools/deploy/secrets']) {
      if (!ignored.includes(must)) problems.push({ source: '.dockerignore', doc: '(file)', message: `should exclude ${must}` });
    }
  }
  return { problems, notes: problems.length ? [] : [`ok   ${source} and .dockerignore`] };
}

/** yamllint (relaxed rules, warnings count) over the deployment YAML, when installed. */
export function runYamllint() {
  const bin = which('yamllint');
  if (!bin) return { problems: [], notes: ['note yamllint is not installed: skipped (apt-get install -y yamllint)'] };
  const targets = ['docker-compose.yml', 'k8s', 'tools/deploy'].filter((t) => existsSync(join(repoRoot, t)));
  const r = spawnSync(bin, ['-s', '-f', 'parsable', '-d', 'relaxed', ...targets], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status === 0) return { problems: [], notes: [`ok   yamllint -s -d relaxed ${targets.join(' ')}`] };
  const lines = (r.stdout + r.stderr).trim().split('\n').filter(Boolean);
  return { problems: lines.map((l) => ({ source: 'yamllint', doc: '', message: l })), notes: [] };
}

export function formatProblem(p) {
  return `  ${p.source}: ${p.doc}${p.doc ? ': ' : ''}${p.message}`;
}

async function main(argv) {
  const files = argv.filter((a) => !a.startsWith('-'));
  const problems = [];
  const notes = [];

  if (files.length) {
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const parsed = parseManifests(text, f);
      problems.push(...parsed.problems, ...validateDocuments(parsed.entries, { crossReferences: false }));
      notes.push(`checked ${f}: ${parsed.entries.length} documents`);
    }
  } else {
    for (const step of [validateKustomizations, validateCompose, validateDockerfile, runYamllint]) {
      const r = step();
      problems.push(...r.problems);
      notes.push(...r.notes);
    }
  }

  for (const n of notes) console.log(n);
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):`);
    for (const p of problems) console.error(formatProblem(p));
    return 1;
  }
  console.log('\ndeploy validate: all checks passed');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
