// The small "page not recognised" notice: shown instead of guessing.
export interface NoticeProps {
  message: string;
}

export function Notice({ message }: NoticeProps) {
  return (
    <p class="notice" role="status">
      <span class="brand">Scrutineer</span> {message}
    </p>
  );
}
