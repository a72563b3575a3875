import { Dialog } from './Dialog';

export interface Confirmation {
  title: string;
  message: string;
  confirm: string;
  onConfirm: () => void;
}

export function ConfirmDialog({ confirmation, onClose }: { confirmation: Confirmation; onClose: () => void }) {
  return (
    <Dialog title={confirmation.title} onClose={onClose}>
      <p>{confirmation.message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            onClose();
            confirmation.onConfirm();
          }}
        >
          {confirmation.confirm}
        </button>
      </div>
    </Dialog>
  );
}
