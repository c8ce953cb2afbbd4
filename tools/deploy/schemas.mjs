// Hand-written strict JSON schemas for the Kubernetes objects Tailwise deploys.
//
// Every object level that our manifests use has `additionalProperties: false`, so a
// misspelled or unsupported field (`readynessProbe`, `imagePullPolcy`, `lables`) fails
// validation instead of being silently dropped by the API server. They cover the
// fields we use (plus a few obvious neighbours), not all of Kubernetes: to use a new
// field, add it here deliberately.

const str = { type: 'string', minLength: 1 };
const anyStr = { type: 'string' };
const bool = { type: 'boolean' };
const int = { type: 'integer' };
const nonNeg = { type: 'integer', minimum: 0 };
const pos = { type: 'integer', minimum: 1 };
const portNumber = { type: 'integer', minimum: 1, maximum: 65535 };
const intOrStr = { type: ['integer', 'string'] };
const strArray = { type: 'array', items: anyStr };
const enumOf = (...values) => ({ enum: values });
const arr = (items, extra = {}) => ({ type: 'array', items, ...extra });
const obj = (properties, required = [], extra = {}) => ({
  type: 'object',
  additionalProperties: false,
  properties,
  ...(required.length ? { required } : {}),
  ...extra,
});

// RFC 1123 names and label values.
const dnsName = { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$', maxLength: 253 };
const dnsLabel = { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 };
const portName = { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 15 };
const quantity = {
  anyOf: [
    { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$' },
    { type: 'number', minimum: 0 },
  ],
};
const labelMap = {
  type: 'object',
  propertyNames: { pattern: '^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$' },
  additionalProperties: { type: 'string', pattern: '^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$', maxLength: 63 },
};
const annotationMap = { type: 'object', additionalProperties: anyStr };
const stringMap = { type: 'object', additionalProperties: anyStr };

const metadata = obj({ name: dnsName, namespace: dnsLabel, labels: labelMap, annotations: annotationMap }, ['name']);
const templateMetadata = obj({ labels: labelMap, annotations: annotationMap });

const labelSelector = obj({
  matchLabels: labelMap,
  matchExpressions: arr(
    obj({ key: str, operator: enumOf('In', 'NotIn', 'Exists', 'DoesNotExist'), values: strArray }, ['key', 'operator']),
  ),
});

const execAction = obj({ command: arr(anyStr, { minItems: 1 }) }, ['command']);
const httpGetAction = obj(
  {
    path: { type: 'string', pattern: '^/' },
    port: intOrStr,
    host: str,
    scheme: enumOf('HTTP', 'HTTPS'),
    httpHeaders: arr(obj({ name: str, value: anyStr }, ['name', 'value'])),
  },
  ['port'],
);
const tcpSocketAction = obj({ port: intOrStr, host: str }, ['port']);

const probe = obj(
  {
    httpGet: httpGetAction,
    tcpSocket: tcpSocketAction,
    exec: execAction,
    grpc: obj({ port: portNumber, service: anyStr }, ['port']),
    initialDelaySeconds: nonNeg,
    periodSeconds: pos,
    timeoutSeconds: pos,
    successThreshold: pos,
    failureThreshold: pos,
    terminationGracePeriodSeconds: pos,
  },
  [],
  { oneOf: [{ required: ['httpGet'] }, { required: ['tcpSocket'] }, { required: ['exec'] }, { required: ['grpc'] }] },
);

const lifecycleHandler = obj(
  { exec: execAction, httpGet: httpGetAction, tcpSocket: tcpSocketAction, sleep: obj({ seconds: pos }, ['seconds']) },
  [],
  { minProperties: 1, maxProperties: 1 },
);

const keyRef = obj({ name: dnsName, key: str, optional: bool }, ['name', 'key']);
const envVar = obj(
  {
    name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
    value: anyStr,
    valueFrom: obj(
      {
        configMapKeyRef: keyRef,
        secretKeyRef: keyRef,
        fieldRef: obj({ fieldPath: str, apiVersion: str }, ['fieldPath']),
        resourceFieldRef: obj({ resource: str, containerName: str, divisor: quantity }, ['resource']),
      },
      [],
      { minProperties: 1, maxProperties: 1 },
    ),
  },
  ['name'],
  { not: { required: ['value', 'valueFrom'] } },
);
const envFromSource = obj(
  {
    prefix: str,
    configMapRef: obj({ name: dnsName, optional: bool }, ['name']),
    secretRef: obj({ name: dnsName, optional: bool }, ['name']),
  },
  [],
  { oneOf: [{ required: ['configMapRef'] }, { required: ['secretRef'] }] },
);

const resourceList = obj({ cpu: quantity, memory: quantity, 'ephemeral-storage': quantity });
const resources = obj({ requests: resourceList, limits: resourceList });

const seccompProfile = obj(
  { type: enumOf('RuntimeDefault', 'Localhost', 'Unconfined'), localhostProfile: str },
  ['type'],
);
const containerSecurityContext = obj({
  allowPrivilegeEscalation: bool,
  privileged: bool,
  readOnlyRootFilesystem: bool,
  runAsNonRoot: bool,
  runAsUser: nonNeg,
  runAsGroup: nonNeg,
  capabilities: obj({ add: strArray, drop: strArray }),
  seccompProfile,
});

const container = obj(
  {
    name: dnsLabel,
    image: str,
    imagePullPolicy: enumOf('Always', 'IfNotPresent', 'Never'),
    command: strArray,
    args: strArray,
    workingDir: str,
    ports: arr(
      obj(
        { name: portName, containerPort: portNumber, protocol: enumOf('TCP', 'UDP', 'SCTP'), hostPort: portNumber },
        ['containerPort'],
      ),
    ),
    env: arr(envVar),
    envFrom: arr(envFromSource),
    resources,
    livenessProbe: probe,
    readinessProbe: probe,
    startupProbe: probe,
    lifecycle: obj({ preStop: lifecycleHandler, postStart: lifecycleHandler }),
    securityContext: containerSecurityContext,
    volumeMounts: arr(
      obj({ name: dnsLabel, mountPath: { type: 'string', pattern: '^/' }, readOnly: bool, subPath: str }, [
        'name',
        'mountPath',
      ]),
    ),
    terminationMessagePolicy: enumOf('File', 'FallbackToLogsOnError'),
  },
  ['name', 'image'],
);

const keyToPath = arr(obj({ key: str, path: str, mode: nonNeg }, ['key', 'path']));
const volume = obj(
  {
    name: dnsLabel,
    emptyDir: obj({ medium: enumOf('', 'Memory'), sizeLimit: quantity }),
    configMap: obj({ name: dnsName, items: keyToPath, defaultMode: nonNeg, optional: bool }, ['name']),
    secret: obj({ secretName: dnsName, items: keyToPath, defaultMode: nonNeg, optional: bool }, ['secretName']),
    persistentVolumeClaim: obj({ claimName: dnsName, readOnly: bool }, ['claimName']),
  },
  ['name'],
  { minProperties: 2, maxProperties: 2 },
);

const podSecurityContext = obj({
  runAsNonRoot: bool,
  runAsUser: nonNeg,
  runAsGroup: nonNeg,
  fsGroup: nonNeg,
  fsGroupChangePolicy: enumOf('OnRootMismatch', 'Always'),
  supplementalGroups: arr(nonNeg),
  seccompProfile,
});

const podSpec = obj(
  {
    containers: arr(container, { minItems: 1 }),
    initContainers: arr(container),
    volumes: arr(volume),
    securityContext: podSecurityContext,
    terminationGracePeriodSeconds: nonNeg,
    restartPolicy: enumOf('Always', 'OnFailure', 'Never'),
    automountServiceAccountToken: bool,
    serviceAccountName: dnsName,
    enableServiceLinks: bool,
    priorityClassName: str,
    nodeSelector: stringMap,
    imagePullSecrets: arr(obj({ name: dnsName }, ['name'])),
    tolerations: arr(
      obj({
        key: str,
        operator: enumOf('Exists', 'Equal'),
        value: anyStr,
        effect: enumOf('NoSchedule', 'PreferNoSchedule', 'NoExecute'),
        tolerationSeconds: int,
      }),
    ),
    topologySpreadConstraints: arr(
      obj(
        {
          maxSkew: pos,
          topologyKey: str,
          whenUnsatisfiable: enumOf('DoNotSchedule', 'ScheduleAnyway'),
          labelSelector,
          minDomains: pos,
          matchLabelKeys: strArray,
        },
        ['maxSkew', 'topologyKey', 'whenUnsatisfiable'],
      ),
    ),
  },
  ['containers'],
);

const podTemplate = obj({ metadata: templateMetadata, spec: podSpec }, ['metadata', 'spec']);

const pvcSpec = obj(
  {
    accessModes: arr(enumOf('ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'), { minItems: 1 }),
    storageClassName: str,
    volumeMode: enumOf('Filesystem', 'Block'),
    resources: obj({ requests: obj({ storage: quantity }, ['storage']), limits: obj({ storage: quantity }) }, [
      'requests',
    ]),
  },
  ['accessModes', 'resources'],
);

/** Top-level object with fixed apiVersion and kind. */
const resource = (apiVersion, kind, properties, required = ['spec']) =>
  obj({ apiVersion: { const: apiVersion }, kind: { const: kind }, metadata, ...properties }, [
    'apiVersion',
    'kind',
    'metadata',
    ...required,
  ]);

const hpaScalingRules = obj({
  stabilizationWindowSeconds: { type: 'integer', minimum: 0, maximum: 3600 },
  selectPolicy: enumOf('Max', 'Min', 'Disabled'),
  policies: arr(obj({ type: enumOf('Pods', 'Percent'), value: pos, periodSeconds: pos }, ['type', 'value', 'periodSeconds'])),
});
const metricTarget = obj(
  {
    type: enumOf('Utilization', 'AverageValue', 'Value'),
    averageUtilization: pos,
    averageValue: quantity,
    value: quantity,
  },
  ['type'],
);

const networkPolicyPeer = obj(
  {
    podSelector: labelSelector,
    namespaceSelector: labelSelector,
    ipBlock: obj({ cidr: str, except: strArray }, ['cidr']),
  },
  [],
  { minProperties: 1 },
);
const networkPolicyPort = obj({ protocol: enumOf('TCP', 'UDP', 'SCTP'), port: intOrStr, endPort: portNumber });

const ingressBackend = obj(
  {
    service: obj(
      { name: dnsName, port: obj({ name: portName, number: portNumber }, [], { minProperties: 1, maxProperties: 1 }) },
      ['name', 'port'],
    ),
  },
  ['service'],
);

/** Schemas keyed by `apiVersion/kind`. */
export const schemas = {
  'v1/Namespace': resource('v1', 'Namespace', { spec: obj({ finalizers: strArray }) }, []),
  'v1/ServiceAccount': resource(
    'v1',
    'ServiceAccount',
    { automountServiceAccountToken: bool, imagePullSecrets: arr(obj({ name: dnsName }, ['name'])) },
    [],
  ),
  'v1/ConfigMap': resource('v1', 'ConfigMap', { data: stringMap, binaryData: stringMap, immutable: bool }, []),
  'v1/Secret': resource(
    'v1',
    'Secret',
    {
      type: str,
      // base64; kustomize wraps long values over lines (the API server ignores newlines).
      data: { type: 'object', additionalProperties: { type: 'string', pattern: '^[A-Za-z0-9+/\\n]*={0,2}\\n?$' } },
      stringData: stringMap,
      immutable: bool,
    },
    [],
  ),
  'v1/Service': resource('v1', 'Service', {
    spec: obj(
      {
        type: enumOf('ClusterIP', 'NodePort', 'LoadBalancer'),
        clusterIP: anyStr,
        selector: labelMap,
        publishNotReadyAddresses: bool,
        sessionAffinity: enumOf('None', 'ClientIP'),
        internalTrafficPolicy: enumOf('Cluster', 'Local'),
        externalTrafficPolicy: enumOf('Cluster', 'Local'),
        ports: arr(
          obj(
            {
              name: portName,
              port: portNumber,
              targetPort: intOrStr,
              protocol: enumOf('TCP', 'UDP', 'SCTP'),
              appProtocol: str,
              nodePort: portNumber,
            },
            ['port'],
          ),
          { minItems: 1 },
        ),
      },
      ['selector', 'ports'],
    ),
  }),
  'apps/v1/Deployment': resource('apps/v1', 'Deployment', {
    spec: obj(
      {
        replicas: nonNeg,
        revisionHistoryLimit: nonNeg,
        minReadySeconds: nonNeg,
        progressDeadlineSeconds: pos,
        paused: bool,
        selector: labelSelector,
        strategy: obj({
          type: enumOf('RollingUpdate', 'Recreate'),
          rollingUpdate: obj({ maxSurge: intOrStr, maxUnavailable: intOrStr }),
        }),
        template: podTemplate,
      },
      ['selector', 'template'],
    ),
  }),
  'apps/v1/StatefulSet': resource('apps/v1', 'StatefulSet', {
    spec: obj(
      {
        serviceName: dnsLabel,
        replicas: nonNeg,
        revisionHistoryLimit: nonNeg,
        minReadySeconds: nonNeg,
        podManagementPolicy: enumOf('OrderedReady', 'Parallel'),
        updateStrategy: obj({
          type: enumOf('RollingUpdate', 'OnDelete'),
          rollingUpdate: obj({ partition: nonNeg, maxUnavailable: intOrStr }),
        }),
        persistentVolumeClaimRetentionPolicy: obj({
          whenDeleted: enumOf('Retain', 'Delete'),
          whenScaled: enumOf('Retain', 'Delete'),
        }),
        selector: labelSelector,
        template: podTemplate,
        volumeClaimTemplates: arr(
          obj({ metadata: obj({ name: dnsLabel, labels: labelMap, annotations: annotationMap }, ['name']), spec: pvcSpec }, [
            'metadata',
            'spec',
          ]),
        ),
      },
      ['serviceName', 'selector', 'template'],
    ),
  }),
  'batch/v1/Job': resource('batch/v1', 'Job', {
    spec: obj(
      {
        backoffLimit: nonNeg,
        activeDeadlineSeconds: pos,
        ttlSecondsAfterFinished: nonNeg,
        completions: pos,
        parallelism: nonNeg,
        template: podTemplate,
      },
      ['template'],
    ),
  }),
  'autoscaling/v2/HorizontalPodAutoscaler': resource('autoscaling/v2', 'HorizontalPodAutoscaler', {
    spec: obj(
      {
        scaleTargetRef: obj({ apiVersion: str, kind: enumOf('Deployment', 'StatefulSet'), name: dnsName }, [
          'apiVersion',
          'kind',
          'name',
        ]),
        minReplicas: pos,
        maxReplicas: pos,
        metrics: arr(
          obj(
            {
              type: enumOf('Resource', 'ContainerResource'),
              resource: obj({ name: enumOf('cpu', 'memory'), target: metricTarget }, ['name', 'target']),
              containerResource: obj({ name: enumOf('cpu', 'memory'), container: dnsLabel, target: metricTarget }, [
                'name',
                'container',
                'target',
              ]),
            },
            ['type'],
          ),
          { minItems: 1 },
        ),
        behavior: obj({ scaleUp: hpaScalingRules, scaleDown: hpaScalingRules }),
      },
      ['scaleTargetRef', 'maxReplicas'],
    ),
  }),
  'policy/v1/PodDisruptionBudget': resource('policy/v1', 'PodDisruptionBudget', {
    spec: obj(
      {
        minAvailable: intOrStr,
        maxUnavailable: intOrStr,
        selector: labelSelector,
        unhealthyPodEvictionPolicy: enumOf('IfHealthyBudget', 'AlwaysAllow'),
      },
      ['selector'],
      { oneOf: [{ required: ['minAvailable'] }, { required: ['maxUnavailable'] }] },
    ),
  }),
  'networking.k8s.io/v1/NetworkPolicy': resource('networking.k8s.io/v1', 'NetworkPolicy', {
    spec: obj(
      {
        podSelector: labelSelector,
        policyTypes: arr(enumOf('Ingress', 'Egress'), { minItems: 1, uniqueItems: true }),
        ingress: arr(obj({ from: arr(networkPolicyPeer), ports: arr(networkPolicyPort) })),
        egress: arr(obj({ to: arr(networkPolicyPeer), ports: arr(networkPolicyPort) })),
      },
      ['podSelector', 'policyTypes'],
    ),
  }),
  'networking.k8s.io/v1/Ingress': resource('networking.k8s.io/v1', 'Ingress', {
    spec: obj(
      {
        ingressClassName: str,
        defaultBackend: ingressBackend,
        tls: arr(obj({ hosts: arr(str), secretName: dnsName })),
        rules: arr(
          obj({
            host: str,
            http: obj(
              {
                paths: arr(
                  obj(
                    {
                      path: { type: 'string', pattern: '^/' },
                      pathType: enumOf('Prefix', 'Exact', 'ImplementationSpecific'),
                      backend: ingressBackend,
                    },
                    ['pathType', 'backend'],
                  ),
                  { minItems: 1 },
                ),
              },
              ['paths'],
            ),
          }),
        ),
      },
      [],
    ),
  }),
};
