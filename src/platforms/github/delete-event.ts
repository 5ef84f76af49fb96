import { err, ok, type Result } from '../../model/result.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The ref GitHub's `delete` event removed, for the action's prune-deleted-ref mode. On that event GITHUB_REF
 * names the default branch, not the deleted ref: the deleted one is only in the payload (`ref`, `ref_type`).
 * Pure: the environment and the payload come in as values.
 */
export function deletedRef(env: Env, event: unknown, project: string | null): Result<{ project: string; ref: string }> {
  if (env.GITHUB_EVENT_NAME && env.GITHUB_EVENT_NAME !== 'delete') {
    return err(`mode prune-deleted-ref runs on the delete event (on: delete), not on ${env.GITHUB_EVENT_NAME}`);
  }
  const payload = (typeof event === 'object' && event !== null ? event : {}) as { ref?: unknown; ref_type?: unknown; repository?: { full_name?: unknown } };
  if (typeof payload.ref !== 'string' || payload.ref === '' || (payload.ref_type !== 'branch' && payload.ref_type !== 'tag')) {
    return err('the event payload (GITHUB_EVENT_PATH) names no deleted branch or tag (ref and ref_type of the delete event)');
  }
  const name = project ?? (typeof payload.repository?.full_name === 'string' ? payload.repository.full_name : null);
  if (!name) return err('no project: set the project input, or run where GITHUB_REPOSITORY is set');
  return ok({ project: name, ref: payload.ref });
}
