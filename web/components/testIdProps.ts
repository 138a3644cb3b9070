/**
 * A data-testid for the props objects antd takes instead of JSX (okButtonProps, …): JSX accepts
 * data-* attributes, but the object types do not declare them.
 */
export function testIdProps<Props extends object>(testId: string): Props {
  return { 'data-testid': testId } as unknown as Props;
}
