/**
 * A form whose fields the server checks (noValidate: the browser's own bubbles would speak over
 * the server's messages) and that submits through a mutation, never by loading a page.
 */
export function ServerCheckedForm({
  onSubmit,
  ...props
}: Omit<React.FormHTMLAttributes<HTMLFormElement>, "onSubmit"> & { onSubmit: () => void }) {
  return (
    <form
      noValidate
      {...props}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    />
  );
}
