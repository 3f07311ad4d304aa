// The report last opened in the reader or the task list: where those two links in the header go.
const KEY = 'workreport.lastDocument';
export const lastDocument = {
  get: (): string | null => sessionStorage.getItem(KEY),
  set: (id: string): void => sessionStorage.setItem(KEY, id),
};
