// A text field's value from a submitted form. FormData.get also answers a File (for file inputs) or null (no such
// field): neither is a text, and String() of a File would be "[object File]".
export function fieldText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
