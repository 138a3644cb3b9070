import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useApiErrorHandler } from '../../../app/api/useApiErrorHandler.js';
import { useT } from '../../../app/i18n/index.js';
import { useInvalidatePlans } from '../mutations.js';
import { useDeleteNode, useSaveNode, type NodeKind } from '../node-mutations.js';

/** Save (PATCH with If-Match) and delete for one tree node, with the app's messages and 412 dialog. */
export function useNodeActions(kind: NodeKind, node: { id: string; version: number }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const invalidate = useInvalidatePlans();
  const save = useSaveNode();
  const remove = useDeleteNode();
  const reload = () => void invalidate();

  /** Resolves with the stored node (new version) or null when it failed (already reported). */
  const saveBody = async (body: Record<string, unknown>, form?: FormInstance, quiet = false) => {
    try {
      const saved = await save.mutateAsync({ kind, id: node.id, version: node.version, body });
      if (!quiet) {
        void message.success(t('plans.saved'));
      }
      return saved;
    } catch (error) {
      handleApiError(error, { form, onReload: reload });
      return null;
    }
  };

  const deleteNode = (onDeleted: () => void) => {
    remove.mutate(
      { kind, id: node.id, version: node.version },
      {
        onSuccess: () => {
          void message.success(t('plans.deleted'));
          onDeleted();
        },
        onError: (error) => handleApiError(error, { onReload: reload }),
      },
    );
  };

  return { saveBody, deleteNode, saving: save.isPending, deleting: remove.isPending, reload, handleApiError };
}
