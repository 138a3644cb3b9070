import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { setFieldErrors } from '../../components/zodRule.js';
import { useLang, useT } from '../i18n/index.js';
import { ApiError } from './client.js';

export interface ApiErrorHandlerOptions {
  /** Field errors from the problem json land on this form's fields. */
  form?: FormInstance;
  /** Offered after a 412 so the user can fetch the record someone else saved. */
  onReload?: () => void;
}

export type ApiErrorHandler = (error: unknown, options?: ApiErrorHandlerOptions) => void;

/** Shows an API failure the way every page does: a notification, field errors, or the 412 dialog. */
export function useApiErrorHandler(): ApiErrorHandler {
  const { notification, modal } = App.useApp();
  const { lang } = useLang();
  const t = useT();

  return useCallback<ApiErrorHandler>(
    (error, options = {}) => {
      if (error instanceof ApiError && error.status === 412) {
        modal.confirm({
          title: t('error.conflictTitle'),
          content: t('error.conflictBody'),
          okText: t('error.reload'),
          cancelText: t('common.cancel'),
          onOk: options.onReload,
        });
        return;
      }
      if (error instanceof ApiError && error.problem) {
        const { messages, errors } = error.problem;
        notification.error({ title: messages[lang] });
        if (options.form && errors && errors.length > 0) {
          setFieldErrors(
            options.form,
            errors.map((fieldError) => ({
              name: fieldError.path.split('.'),
              errors: [fieldError.message[lang]],
            })),
          );
        }
        return;
      }
      notification.error({ title: t('error.title'), description: t('error.network') });
    },
    [lang, modal, notification, t],
  );
}
