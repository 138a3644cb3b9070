import { DeleteOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** The delete button at the end of a repeated form row, level with the row's inputs. */
export function RemoveRowButton({
  label,
  onClick,
  disabled,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <Button
      type="text"
      danger
      icon={<DeleteOutlined />}
      disabled={disabled}
      onClick={onClick}
      aria-label={label}
      style={{ marginTop: 30 }}
    />
  );
}
