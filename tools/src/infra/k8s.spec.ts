import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../shared/repo-root';
import { type K8sObject, renderKustomize } from './render-kustomize';
import { firstOf } from '../shared/items';

interface Probe {
  httpGet?: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: Array<{ name: string; containerPort: number }>;
  env?: Array<{ name: string; value?: string; valueFrom?: Record<string, unknown> }>;
  envFrom?: Array<{ configMapRef?: { name: string } }>;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  securityContext?: {
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    privileged?: boolean;
    capabilities?: { drop?: string[]; add?: string[] };
  };
  volumeMounts?: Array<{ name: string; mountPath: string }>;
}
interface PodSpec {
  securityContext?: { runAsNonRoot?: boolean; seccompProfile?: { type: string } };
  automountServiceAccountToken?: boolean;
  containers: Container[];
  volumes?: Array<{ name: string; emptyDir?: object }>;
}
interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: PodSpec;
}

const SECRET_SETTINGS = ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL'];

function only(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.filter((o) => o.kind === kind && o.metadata.name === name);
  expect(found).toHaveLength(1);
  return firstOf(found);
}

function podTemplate(workload: K8sObject): PodTemplate {
  return (workload.spec as { template: PodTemplate }).template;
}

describe('infra/k8s/overlays/production', () => {
  let objects: K8sObject[];
  let workloads: K8sObject[];
  let api: K8sObject;
  let worker: K8sObject;
  let config: K8sObject;

  beforeAll(() => {
    objects = renderKustomize(join(repoRoot(process.cwd()), 'infra/k8s/overlays/production'));
    workloads = objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job');
    api = only(objects, 'Deployment', 'kohorte-api');
    worker = only(objects, 'Deployment', 'kohorte-worker');
    config = objects.find((o) => o.kind === 'ConfigMap')!;
  }, 60_000);

  it('renders the API, the worker, the migration Job, a Service, an HPA, a PDB and the settings', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(
      [
        'Deployment/kohorte-api',
        'Deployment/kohorte-worker',
        'HorizontalPodAutoscaler/kohorte-api',
        'Job/kohorte-migrate',
        'PodDisruptionBudget/kohorte-api',
        'Service/kohorte-api',
        `ConfigMap/${config.metadata.name}`,
      ].sort(),
    );
    expect(config.metadata.name).toMatch(/^kohorte-config-[a-z0-9]{10}$/);
    for (const object of objects) expect(object.metadata.namespace).toBe('kohorte');
  });

  it('pins every image to a version or digest, never latest', () => {
    for (const workload of workloads) {
      for (const container of podTemplate(workload).spec.containers) {
        expect(container.image).toMatch(
          /^[a-z0-9./-]+(:[A-Za-z0-9_][A-Za-z0-9_.-]*|@sha256:[a-f0-9]{64})$/,
        );
        expect(container.image).not.toMatch(/:latest$/);
      }
    }
  });

  it('runs every container unprivileged, non-root, on a read-only root with a writable /tmp', () => {
    for (const workload of workloads) {
      const { spec } = podTemplate(workload);
      expect(spec.securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(spec.automountServiceAccountToken).toBe(false);
      for (const container of spec.containers) {
        expect(container.securityContext).toMatchObject({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          privileged: false,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.securityContext?.capabilities?.add).toBeUndefined();
        const tmp = container.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
        expect(tmp).toBeDefined();
        expect(spec.volumes?.find((volume) => volume.name === tmp?.name)?.emptyDir).toBeDefined();
      }
    }
  });

  it('gives every container CPU and memory requests and a memory limit', () => {
    for (const workload of workloads) {
      for (const container of podTemplate(workload).spec.containers) {
        expect(container.resources?.requests).toEqual({
          cpu: expect.any(String),
          memory: expect.any(String),
        });
        expect(container.resources?.limits?.memory).toEqual(expect.any(String));
      }
    }
  });

  it('runs at least two API pods with liveness and readiness on the health endpoints', () => {
    expect((api.spec as { replicas: number }).replicas).toBeGreaterThanOrEqual(2);
    const container = firstOf(podTemplate(api).spec.containers);
    const http = container.ports?.find((port) => port.name === 'http');
    expect(http?.containerPort).toBe(Number(config.data?.PORT));
    expect(container.livenessProbe?.httpGet).toEqual({ path: '/api/health/live', port: 'http' });
    expect(container.readinessProbe?.httpGet).toEqual({ path: '/api/health/ready', port: 'http' });
    expect(container.command).toEqual(['node', 'apps/api/dist/main.js']);
  });

  it('runs the worker with its metrics port, and migrations only in the Job', () => {
    const container = firstOf(podTemplate(worker).spec.containers);
    expect(container.command).toEqual(['node', 'apps/worker/dist/main.js']);
    expect(container.ports).toEqual([
      { name: 'metrics', containerPort: Number(config.data?.METRICS_PORT) },
    ]);
    expect(container.livenessProbe?.httpGet).toEqual({ path: '/metrics', port: 'metrics' });
    expect(config.data).toMatchObject({
      MIGRATE_ON_START: 'false',
      LOG_FORMAT: 'json',
      HOST: '0.0.0.0',
    });
    const job = only(objects, 'Job', 'kohorte-migrate');
    expect(firstOf(podTemplate(job).spec.containers).command).toEqual([
      'node',
      'apps/api/dist/cli/migrate.js',
    ]);
  });

  it('scales the API between at least two pods and keeps one through disruptions', () => {
    const hpa = only(objects, 'HorizontalPodAutoscaler', 'kohorte-api').spec as {
      scaleTargetRef: { kind: string; name: string };
      minReplicas: number;
      maxReplicas: number;
    };
    expect(hpa.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'kohorte-api' });
    expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.maxReplicas).toBeGreaterThan(hpa.minReplicas);

    const pdb = only(objects, 'PodDisruptionBudget', 'kohorte-api').spec as {
      minAvailable: number;
      selector: { matchLabels: Record<string, string> };
    };
    expect(pdb.minAvailable).toBeGreaterThanOrEqual(1);
    expect(podTemplate(api).metadata.labels).toMatchObject(pdb.selector.matchLabels);
    expect(podTemplate(worker).metadata.labels).not.toMatchObject(pdb.selector.matchLabels);
  });

  it('takes settings from the ConfigMap and secrets only by reference', () => {
    expect(objects.some((o) => o.kind === 'Secret')).toBe(false);
    for (const name of SECRET_SETTINGS) expect(config.data?.[name]).toBeUndefined();
    for (const workload of workloads) {
      for (const container of podTemplate(workload).spec.containers) {
        expect(container.envFrom).toEqual([{ configMapRef: { name: config.metadata.name } }]);
        for (const variable of container.env ?? []) {
          if (SECRET_SETTINGS.includes(variable.name)) {
            expect(variable.value).toBeUndefined();
            expect(variable.valueFrom).toEqual({
              secretKeyRef: { name: 'kohorte-secrets', key: variable.name },
            });
          }
        }
      }
    }
  });
});
