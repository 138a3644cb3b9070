import { App } from 'antd';
import type { FormInstance } from 'antd';
import { needInputSchema, needUpdateSchema } from '../../../domain/needs/need.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { setFieldErrors, zodFormErrors } from '../../components/zodRule.js';
import { fetchNeed } from './api.js';
import { useAttachNeedFile, useCreateNeed, useMergeNeeds, useUpdateNeed } from './mutations.js';
import { formValuesToInput, formValuesToUpdate, type NeedFormValues } from './needForm.js';
import type { SimilarNeed } from '../../../domain/needs/need-reports.js';
import type { NeedDetail } from '../../../domain/needs/need-response.js';

/** Thrown when the form itself is wrong; the fields already show why. */
class FormInvalid extends Error {}

export interface NeedSaveOptions {
  need: NeedDetail | null;
  form: FormInstance<NeedFormValues>;
  files: File[];
  onReload?: () => void;
}

/**
 * Saving the need drawer: create or edit (If-Match), then upload the chosen files; and the two
 * merges the similar-needs panel offers (a new need folds into the existing one, or an existing
 * duplicate folds into the need being edited).
 */
export function useNeedSave({ need, form, files, onReload }: NeedSaveOptions) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const create = useCreateNeed();
  const update = useUpdateNeed();
  const attach = useAttachNeedFile();
  const merge = useMergeNeeds();

  const check = (schema: typeof needInputSchema | typeof needUpdateSchema, body: unknown) => {
    const errors = zodFormErrors(schema, body, lang);
    if (errors.length > 0) {
      setFieldErrors(form, errors);
      throw new FormInvalid();
    }
  };

  /** Saves the facts and returns the need as stored (with its new version). */
  const saveFacts = async (values: NeedFormValues) => {
    if (need) {
      const body = formValuesToUpdate(values);
      check(needUpdateSchema, body);
      return update.mutateAsync({ id: need.id, version: need.version, body });
    }
    const body = formValuesToInput(values);
    check(needInputSchema, body);
    return create.mutateAsync(body);
  };

  const uploadFiles = async (needId: string) => {
    for (const file of files) {
      await attach.mutateAsync({ needId, file });
    }
  };

  const report = (error: unknown) => {
    if (!(error instanceof FormInvalid)) {
      handleApiError(error, { form, onReload });
    }
  };

  /** Saves; resolves with the need's id, or null when it failed (already reported). */
  const save = async (values: NeedFormValues): Promise<string | null> => {
    try {
      const saved = await saveFacts(values);
      await uploadFiles(saved.id);
      void message.success(t('needs.saved', { referenceNo: saved.referenceNo }));
      return saved.id;
    } catch (error) {
      report(error);
      return null;
    }
  };

  /** Saves, then merges; resolves with the id of the need that remains, or null on failure. */
  const saveAndMerge = async (candidate: SimilarNeed, reason: string): Promise<string | null> => {
    let values: NeedFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return null;
    }
    let saved: Awaited<ReturnType<typeof saveFacts>>;
    try {
      saved = await saveFacts(values);
      await uploadFiles(saved.id);
    } catch (error) {
      report(error);
      return null;
    }
    // The need is saved by now: whatever happens to the merge, the drawer must not save it twice.
    try {
      if (need) {
        await merge.mutateAsync({
          targetId: saved.id,
          targetVersion: saved.version,
          body: { needIds: [candidate.id], reason },
        });
        void message.success(t('needs.merge.done', { count: 1, referenceNo: saved.referenceNo }));
        return saved.id;
      }
      const target = await fetchNeed(candidate.id);
      await merge.mutateAsync({
        targetId: target.id,
        targetVersion: target.version,
        body: { needIds: [saved.id], reason },
      });
      void message.success(t('needs.merge.done', { count: 1, referenceNo: target.referenceNo }));
      return target.id;
    } catch (error) {
      handleApiError(error);
      return saved.id;
    }
  };

  const busy = create.isPending || update.isPending || attach.isPending || merge.isPending;
  return { save, saveAndMerge, busy };
}
