// Tests of tools/deploy/validate.mjs: it must pass our manifests and catch mistakes,
// a misspelled field above all.   node --test tools/deploy/validate.spec.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseAllDocuments, stringify } from 'yaml';
import {
  kubectlPath,
  parseManifests,
  render,
  repoRoot,
  ruleProblems,
  schemaProblems,
  secretCatalogFrom,
  validateCompose,
  validateDocuments,
  validateKustomizations,
  which,
} from './validate.mjs';

const validator = join(repoRoot, 'tools/deploy/validate.mjs');
const work = mkdtempSync(join(tmpdir(), 'tailwise-deploy-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The documents of a base file, e.g. the gateway's Deployment, Service, HPA and PDB. */
const baseDocs = (file) => parseAllDocuments(readFileSync(join(repoRoot, 'k8s/base', file), 'utf8')).map((d) => d.toJS());
const gatewayDeployment = () => structuredClone(baseDocs('gateway.yaml').find((d) => d.kind === 'Deployment'));
const container = (deployment) => deployment.spec.template.spec.containers[0];
const rules = (doc) => ruleProblems([doc], { crossReferences: false }).map((p) => p.message);

describe('schemas', () => {
  test('every base manifest is schema-valid', () => {
    for (const file of ['gateway.yaml', 'identity.yaml', 'notifications.yaml', 'migrations-job.yaml', 'nats.yaml', 'postgres.yaml', 'network-policies.yaml', 'ingress.yaml', 'namespace.yaml']) {
      for (const doc of baseDocs(file)) assert.deepEqual(schemaProblems(doc), [], `${file} ${doc.kind}/${doc.metadata.name}`);
    }
  });

  test('a misspelled container field fails (readynessProbe)', () => {
    const d = gatewayDeployment();
    const c = container(d);
    c.readynessProbe = c.readinessProbe;
    delete c.readinessProbe;
    const problems = schemaProblems(d);
    assert.ok(
      problems.includes('/spec/template/spec/containers/0: unknown field "readynessProbe"'),
      problems.join('\n'),
    );
  });

  test('misspelled fields fail at every level we use', () => {
    const cases = [
      [(d) => (d.spce = d.spec), '(root): unknown field "spce"'],
      [(d) => (d.metadata.lables = { a: 'b' }), '/metadata: unknown field "lables"'],
      [(d) => (d.spec.replica = 2), '/spec: unknown field "replica"'],
      [(d) => (d.spec.template.spec.securityContext.runAsNonRot = true), '/spec/template/spec/securityContext: unknown field "runAsNonRot"'],
      [(d) => (container(d).imagePullPolcy = 'Always'), '/spec/template/spec/containers/0: unknown field "imagePullPolcy"'],
      [(d) => (container(d).resources.limit = {}), '/spec/template/spec/containers/0/resources: unknown field "limit"'],
      [(d) => (container(d).resources.requests.cpus = '1'), '/spec/template/spec/containers/0/resources/requests: unknown field "cpus"'],
      [(d) => (container(d).livenessProbe.httpGet.paht = '/x'), '/spec/template/spec/containers/0/livenessProbe/httpGet: unknown field "paht"'],
      [(d) => (container(d).securityContext.readOnlyRootFileSystem = true), '/spec/template/spec/containers/0/securityContext: unknown field "readOnlyRootFileSystem"'],
      [(d) => (container(d).env[0].valueFrom.configMapKeyRef.keys = 'x'), '/spec/template/spec/containers/0/env/0/valueFrom/configMapKeyRef: unknown field "keys"'],
    ];
    for (const [mutate, expected] of cases) {
      const d = gatewayDeployment();
      mutate(d);
      const problems = schemaProblems(d);
      assert.ok(problems.includes(expected), `expected "${expected}" in:\n${problems.join('\n')}`);
    }
  });

  test('misspellings in other kinds fail too', () => {
    const [, service, hpa, pdb] = baseDocs('gateway.yaml');
    service.spec.ports[0].targetPrt = 'http';
    assert.ok(schemaProblems(service).includes('/spec/ports/0: unknown field "targetPrt"'));
    hpa.spec.minReplica = 1;
    assert.ok(schemaProblems(hpa).includes('/spec: unknown field "minReplica"'));
    pdb.spec.maxUnavailible = 1;
    assert.ok(schemaProblems(pdb).includes('/spec: unknown field "maxUnavailible"'));
    const [policy] = baseDocs('network-policies.yaml');
    policy.spec.policyType = ['Ingress'];
    assert.ok(schemaProblems(policy).includes('/spec: unknown field "policyType"'));
    const [ingress] = baseDocs('ingress.yaml');
    ingress.spec.rules[0].http.paths[0].pathtype = 'Prefix';
    assert.ok(schemaProblems(ingress).some((p) => p.includes('unknown field "pathtype"')));
  });

  test('wrong apiVersions and enum values fail', () => {
    const [, , hpa] = baseDocs('gateway.yaml');
    hpa.apiVersion = 'autoscaling/v1';
    assert.match(schemaProblems(hpa)[0], /no schema for apiVersion "autoscaling\/v1"/);
    const d = gatewayDeployment();
    container(d).imagePullPolicy = 'Sometimes';
    assert.ok(schemaProblems(d).some((p) => p.startsWith('/spec/template/spec/containers/0/imagePullPolicy: must be equal to one of')));
  });
});

describe('rules', () => {
  test('the base gateway Deployment follows them', () => {
    assert.deepEqual(rules(gatewayDeployment()), []);
  });

  test('a Deployment needs both probes and resources', () => {
    const d = gatewayDeployment();
    delete container(d).livenessProbe;
    delete container(d).readinessProbe;
    delete container(d).resources.requests.memory;
    const problems = rules(d);
    assert.ok(problems.includes('container "gateway": livenessProbe is missing'), problems.join('\n'));
    assert.ok(problems.includes('container "gateway": readinessProbe is missing'));
    assert.ok(problems.includes('container "gateway": resources.requests.memory is missing'));
  });

  test('a container must not run as root or with a writable root filesystem', () => {
    const d = gatewayDeployment();
    d.spec.template.spec.securityContext.runAsNonRoot = false;
    container(d).securityContext.runAsNonRoot = false;
    container(d).securityContext.readOnlyRootFilesystem = false;
    container(d).securityContext.capabilities.drop = [];
    const problems = rules(d);
    assert.ok(problems.some((p) => p.includes('runAsNonRoot must be true')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('readOnlyRootFilesystem must be true')));
    assert.ok(problems.some((p) => p.includes('capabilities.drop must include ALL')));
  });

  test('an unknown or misspelled env var fails, and so does one the app does not read', () => {
    const d = gatewayDeployment();
    container(d).env.push({ name: 'PUBLIC_ULR', value: 'https://x' }, { name: 'DATABASE_NAME', value: 'tailwise_x' });
    const problems = rules(d);
    assert.ok(problems.some((p) => p.startsWith('container "gateway": unknown env var PUBLIC_ULR')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('container "gateway": unknown env var DATABASE_NAME')));
  });

  test('a secret setting written as a plain value fails', () => {
    const d = structuredClone(baseDocs('identity.yaml')[0]);
    const env = container(d).env.find((e) => e.name === 'AUTH_PRIVATE_KEY');
    delete env.valueFrom;
    env.value = '-----BEGIN PRIVATE KEY-----';
    assert.ok(rules(d).includes('container "identity": AUTH_PRIVATE_KEY must come from a Secret (valueFrom.secretKeyRef)'));
  });

  test('the grace period must exceed SHUTDOWN_GRACE_MS plus the preStop sleep', () => {
    const d = gatewayDeployment();
    d.spec.template.spec.terminationGracePeriodSeconds = 12;
    const docs = [d, { kind: 'ConfigMap', metadata: { name: 'tailwise-config' }, data: { SHUTDOWN_GRACE_MS: '10000' } }];
    const problems = ruleProblems(docs, { crossReferences: false }).map((p) => p.message);
    assert.ok(problems.some((p) => p.startsWith('terminationGracePeriodSeconds (12s) must exceed')), problems.join('\n'));
  });
});

describe('command line', () => {
  const run = (...args) => spawnSync(process.execPath, [validator, ...args], { cwd: repoRoot, encoding: 'utf8' });

  test('a file with a misspelled field exits 1 and names the field', () => {
    const d = gatewayDeployment();
    container(d).livenesProbe = container(d).livenessProbe;
    delete container(d).livenessProbe;
    const file = join(work, 'bad.yaml');
    writeFileSync(file, stringify(d));
    const r = run(file);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /unknown field "livenesProbe"/);
  });

  test('a good file exits 0', () => {
    const file = join(work, 'good.yaml');
    writeFileSync(file, baseDocs('gateway.yaml').map((d) => stringify(d)).join('---\n'));
    const r = run(file);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  test('broken YAML exits 1', () => {
    const file = join(work, 'broken.yaml');
    writeFileSync(file, 'kind: Service\nmetadata: {name: x\n');
    assert.equal(run(file).status, 1);
  });
});

describe('rendered overlays', { skip: !kubectlPath() && 'kubectl is not installed' }, () => {
  test('base, dev and production render and pass every check', () => {
    const { problems, notes } = validateKustomizations();
    assert.deepEqual(problems, []);
    assert.equal(notes.length, 3);
  });

  const dev = () => {
    const catalog = secretCatalogFrom(parseManifests(render('k8s/base'), 'base').entries);
    const { entries } = parseManifests(render('k8s/overlays/dev'), 'dev');
    return { entries, check: (e) => validateDocuments(e, { secretCatalog: catalog, requireImageTags: true, namespace: 'tailwise' }).map((p) => p.message) };
  };

  test('a broken reference between objects fails', () => {
    const { entries, check } = dev();
    const withoutHpa = entries.filter((e) => !(e.doc.kind === 'HorizontalPodAutoscaler' && e.doc.metadata.name === 'chat'));
    assert.ok(check(withoutHpa).includes('has no HorizontalPodAutoscaler'));

    const badRef = structuredClone(entries);
    const chat = badRef.find((e) => e.doc.kind === 'Deployment' && e.doc.metadata.name === 'chat').doc;
    container(chat).env.find((e) => e.name === 'LOG_LEVEL').valueFrom.configMapKeyRef.key = 'LOGLEVEL';
    assert.ok(check(badRef).some((p) => p.includes('missing key "LOGLEVEL"')));

    const badSecret = structuredClone(entries);
    const identity = badSecret.find((e) => e.doc.kind === 'Deployment' && e.doc.metadata.name === 'identity').doc;
    container(identity).env.find((e) => e.name === 'AUTH_PRIVATE_KEY').valueFrom.secretKeyRef.name = 'tailwise-auth';
    assert.ok(check(badSecret).some((p) => p.includes('unknown Secret "tailwise-auth"')));

    const typo = structuredClone(entries);
    typo.find((e) => e.doc.kind === 'ConfigMap').doc.data.LOG_LEVL = 'debug';
    assert.ok(check(typo).includes('key LOG_LEVL is not read by any container'));

    const latest = structuredClone(entries);
    container(latest.find((e) => e.doc.kind === 'Deployment').doc).image = 'tailwise:latest';
    assert.ok(check(latest).some((p) => p.includes('needs an explicit tag other than latest')));
  });
});

describe('docker-compose.yml', () => {
  test('the repository file passes', () => {
    assert.deepEqual(validateCompose().problems, []);
  });

  test('an unknown env var or a written-out key fails', () => {
    const text = readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8')
      .replace('DATABASE_NAME: tailwise_clients', 'DATABASE_NAME: tailwise_clients\n      DATABSE_POOL_SIZE: "3"')
      .replace('AUTH_KEY_ID: dev-1', 'AUTH_KEY_ID: dev-1\n      SMTP_PASS: hunter2');
    const file = join(work, 'compose-env.yml');
    writeFileSync(file, text);
    const messages = validateCompose(file).problems.map((p) => `${p.doc}: ${p.message}`);
    assert.ok(messages.some((m) => m.startsWith('service clients: unknown env var DATABSE_POOL_SIZE')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('service identity: unknown env var SMTP_PASS')));
  });

  test('a misspelled compose key fails docker-compose config', { skip: !which('docker-compose') && 'docker-compose is not installed' }, () => {
    const text = readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8').replace('stop_grace_period: 20s', 'stop_grace_periode: 20s');
    const file = join(work, 'compose-key.yml');
    writeFileSync(file, text);
    const messages = validateCompose(file).problems.map((p) => p.message);
    assert.ok(messages.some((m) => m.includes("'stop_grace_periode'")), messages.join('\n'));
  });
});
