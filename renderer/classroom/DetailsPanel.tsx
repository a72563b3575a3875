// The drawer for the selected point: the engine's details with the user's corrections, or, in
// "students first" mode, the student's own point with their labels and links.
import type { Point } from '../../engine/types';
import type { ViewModel } from '../analysis/view-model';
import { Drawer } from '../components/Drawer';
import { ClaimActions, EditActions } from '../edits/EditActions';
import { StudentDrawer } from './StudentDrawer';
import type { Workbench } from './use-workbench';

interface Props {
  bench: Workbench;
  model: ViewModel;
  point: Point;
  width: number;
  onWidth: (width: number) => void;
  onClose: () => void;
  onJump: (pointId: string) => void;
}

export function DetailsPanel({ bench, model, point, width, onWidth, onClose, onJump }: Props) {
  if (bench.classroom.studentsFirst) {
    const { student } = bench;
    return (
      <StudentDrawer
        width={width}
        onWidth={onWidth}
        model={model}
        point={point}
        labels={bench.display.labels}
        onLabel={student.label}
        onLink={student.link}
        onUnlink={student.unlink}
        onClose={onClose}
      />
    );
  }
  const { refFor } = bench.display;
  return (
    <Drawer
      width={width}
      onWidth={onWidth}
      model={model}
      point={point}
      onClose={onClose}
      onJump={onJump}
      claimActions={(claimId) => {
        const claim = model.claim.get(claimId);
        return claim && <ClaimActions claim={claim} source={model.sourceName(claim.source)} alone={point.claims.length < 2} refFor={refFor} onEdit={bench.addEdit} />;
      }}
    >
      <EditActions model={model} point={point} refFor={refFor} onEdit={bench.addEdit} />
    </Drawer>
  );
}
