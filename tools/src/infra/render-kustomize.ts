import { spawnSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';

/** One rendered Kubernetes object, as far as the checks read it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

/**
 * The objects `kubectl kustomize <dir>` renders. Throws, never skips, when kubectl is missing:
 * CI installs it (.ci/run), and a check that silently did not run would prove nothing.
 */
export function renderKustomize(dir: string): K8sObject[] {
  const result = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      'kubectl is not installed, so infra/k8s cannot be rendered and checked. Install it ' +
        '(Debian: apt-get install -y kubernetes-client; .ci/run does) and run the tests again.',
    );
  }
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`kubectl kustomize ${dir} failed (${result.status}):\n${result.stderr}`);
  }
  return parseAllDocuments(result.stdout)
    .map((document) => document.toJS() as K8sObject | null)
    .filter((object): object is K8sObject => object !== null);
}
