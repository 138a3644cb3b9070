import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Form, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useT } from '../../app/i18n/index.js';

export interface NeedFileListProps {
  files: File[];
  onChange: (files: File[]) => void;
}

/** Files chosen in the form; they are uploaded once the need is saved. */
export function NeedFileList({ files, onChange }: NeedFileListProps) {
  const t = useT();
  const fileList: UploadFile[] = files.map((file, index) => ({
    uid: `${index}-${file.name}`,
    name: file.name,
    status: 'done',
    size: file.size,
  }));

  return (
    <Form.Item label={t('needs.field.attachments')} extra={t('needs.form.attachmentsHint')}>
      <Upload
        multiple
        fileList={fileList}
        beforeUpload={(file, batch) => {
          // Called once per file of a multi-select; take the whole batch on its first file.
          if (file === batch[0]) {
            onChange([...files, ...batch]);
          }
          // Sent after the need is saved, through our own request (CSRF header).
          return false;
        }}
        onRemove={(removed) => {
          onChange(files.filter((kept, index) => `${index}-${kept.name}` !== removed.uid));
        }}
      >
        <Button icon={<PaperClipOutlined />} data-testid="need-attach">
          {t('needs.form.chooseFiles')}
        </Button>
      </Upload>
    </Form.Item>
  );
}
