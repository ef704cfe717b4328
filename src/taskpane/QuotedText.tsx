/** Text with pieces marked: a record's quote with its figure or name, or the article with every quote. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { TextPiece } from "./quoteMarks";

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
  },
});

export function QuotedText({ pieces, testId }: { pieces: readonly TextPiece[]; testId?: string }) {
  const styles = useStyles();
  return (
    <span data-testid={testId}>
      {pieces.map((piece, i) =>
        piece.marked ? (
          <mark key={i} className={styles.mark}>
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </span>
  );
}
