//! Reading the shared labelled datasets: TweetEval task folders, VADER's human-rated
//! sentences and GoEmotions. Every error names the file and, where it can, the line.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

/// Longest line accepted in a dataset file. Tweets and review sentences are far shorter; a
/// longer line means the wrong file, and is rejected with its line number.
pub const MAX_LINE_BYTES: usize = crate::transcript::MAX_MESSAGE_BYTES;

/// A TweetEval task, recognised from its `mapping.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// anger, joy, optimism, sadness.
    Emotion,
    /// not-offensive, offensive.
    Offensive,
    /// negative, neutral, positive.
    Sentiment,
}

impl Task {
    /// The task's name, as in `--json` output.
    pub fn name(self) -> &'static str {
        match self {
            Task::Emotion => "emotion",
            Task::Offensive => "offensive",
            Task::Sentiment => "sentiment",
        }
    }

    /// The label names in id order, as TweetEval's `mapping.txt` has them.
    pub fn labels(self) -> &'static [&'static str] {
        match self {
            Task::Emotion => &["anger", "joy", "optimism", "sadness"],
            Task::Offensive => &["not-offensive", "offensive"],
            Task::Sentiment => &["negative", "neutral", "positive"],
        }
    }
}

/// One split of a TweetEval task.
#[derive(Debug)]
pub struct Split {
    /// The task.
    pub task: Task,
    /// Texts and label ids (indexes into `task.labels()`), in file order.
    pub rows: Vec<(String, usize)>,
}

/// The default data folder: `$DEFUSE_DATA`, else `<workspace>/../shared/data`.
pub fn default_data_dir() -> PathBuf {
    std::env::var_os("DEFUSE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

/// Reads the lines of a UTF-8 text file, with errors naming the file and line.
pub fn read_lines(path: &Path) -> anyhow::Result<Vec<String>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    if bytes.is_empty() {
        bail!("{} is empty", path.display());
    }
    let mut lines = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = i + 1;
        if raw.len() > MAX_LINE_BYTES {
            bail!(
                "{}:{line_no}: line is {} bytes, over the {MAX_LINE_BYTES}-byte limit for one item",
                path.display(),
                raw.len()
            );
        }
        let text = std::str::from_utf8(raw).map_err(|e| {
            anyhow::anyhow!(
                "{}:{line_no}: invalid UTF-8 at byte {} of the line",
                path.display(),
                e.valid_up_to() + 1
            )
        })?;
        lines.push(text.strip_suffix('\r').unwrap_or(text).to_string());
    }
    // A final newline leaves one empty piece after it: that is not a line.
    if lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    if lines.is_empty() {
        bail!("{} is empty", path.display());
    }
    Ok(lines)
}

/// Recognises the task from `DIR/mapping.txt`.
pub fn read_task(dir: &Path) -> anyhow::Result<Task> {
    let path = dir.join("mapping.txt");
    let mut names = Vec::new();
    for (i, line) in read_lines(&path)?.iter().enumerate() {
        let Some((id, name)) = line.split_once('\t') else {
            bail!("{}:{}: expected `id<TAB>name`", path.display(), i + 1);
        };
        let id: usize = id.trim().parse().with_context(|| {
            format!(
                "{}:{}: label id `{id}` is not a number",
                path.display(),
                i + 1
            )
        })?;
        if id != names.len() {
            bail!(
                "{}:{}: expected id {}, found {id}",
                path.display(),
                i + 1,
                names.len()
            );
        }
        names.push(name.trim().to_string());
    }
    for task in [Task::Emotion, Task::Offensive, Task::Sentiment] {
        if names
            .iter()
            .map(String::as_str)
            .eq(task.labels().iter().copied())
        {
            return Ok(task);
        }
    }
    bail!(
        "{}: task with labels [{}] is not supported (supported: emotion, offensive, sentiment)",
        path.display(),
        names.join(", ")
    )
}

/// Reads `DIR/{split}_text.txt` and `DIR/{split}_labels.txt` of a TweetEval task folder.
pub fn read_tweeteval(dir: &Path, split: &str) -> anyhow::Result<Split> {
    let task = read_task(dir)?;
    let text_path = dir.join(format!("{split}_text.txt"));
    let label_path = dir.join(format!("{split}_labels.txt"));
    let texts = read_lines(&text_path)?;
    let labels = read_lines(&label_path)?;
    if texts.len() != labels.len() {
        bail!(
            "{} has {} lines but {} has {}: they must match line for line",
            text_path.display(),
            texts.len(),
            label_path.display(),
            labels.len()
        );
    }
    let mut rows = Vec::with_capacity(texts.len());
    for (i, (text, label)) in texts.into_iter().zip(&labels).enumerate() {
        let id = label
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|&id| id < task.labels().len())
            .with_context(|| {
                format!(
                    "{}:{}: label `{label}` is not in mapping.txt (0..={})",
                    label_path.display(),
                    i + 1,
                    task.labels().len() - 1
                )
            })?;
        rows.push((text, id));
    }
    Ok(Split { task, rows })
}

/// One human-rated sentence from VADER's ground truth: mean rating, -4..=4.
pub fn read_vader_ground_truth(path: &Path) -> anyhow::Result<Vec<(String, f32)>> {
    let mut rows = Vec::new();
    for (i, line) in read_lines(path)?.iter().enumerate() {
        let mut parts = line.splitn(3, '\t');
        let (Some(_id), Some(score), Some(text)) = (parts.next(), parts.next(), parts.next())
        else {
            bail!(
                "{}:{}: expected `id<TAB>score<TAB>text`",
                path.display(),
                i + 1
            );
        };
        let score: f32 = score.trim().parse().with_context(|| {
            format!(
                "{}:{}: score `{score}` is not a number",
                path.display(),
                i + 1
            )
        })?;
        rows.push((text.to_string(), score));
    }
    Ok(rows)
}

/// GoEmotions rows: text and its label ids (indexes into `emotions.txt`).
pub fn read_goemotions(path: &Path) -> anyhow::Result<Vec<(String, Vec<usize>)>> {
    let mut rows = Vec::new();
    for (i, line) in read_lines(path)?.iter().enumerate() {
        let mut parts = line.split('\t');
        let (Some(text), Some(ids)) = (parts.next(), parts.next()) else {
            bail!(
                "{}:{}: expected `text<TAB>ids<TAB>id`",
                path.display(),
                i + 1
            );
        };
        let ids = ids
            .split(',')
            .map(|id| id.trim().parse::<usize>())
            .collect::<Result<Vec<_>, _>>()
            .with_context(|| format!("{}:{}: bad label ids `{ids}`", path.display(), i + 1))?;
        rows.push((text.to_string(), ids));
    }
    Ok(rows)
}

/// One tweet of the complaints-on-Twitter data: its text, whether it is a complaint, and its
/// domain (`random_reply` / `random_tweet` for the background tweets not sent to a brand).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplaintRow {
    /// The tweet id (the support-escalation rows share them).
    pub id: String,
    /// The tweet.
    pub text: String,
    /// Labelled a complaint.
    pub complaint: bool,
    /// The brand domain, or `random_reply` / `random_tweet`.
    pub domain: String,
}

/// Reads the complaints CSV (no header: id, text, label 0/1, domain; the text is quoted when
/// it holds a comma or a quote, with quotes doubled inside).
pub fn read_complaints(path: &Path) -> anyhow::Result<Vec<ComplaintRow>> {
    let mut rows = Vec::new();
    for (i, line) in read_lines(path)?.iter().enumerate() {
        let bad = || {
            anyhow::anyhow!(
                "{}:{}: expected `id,text,label,domain`",
                path.display(),
                i + 1
            )
        };
        let (id, rest) = line.split_once(',').ok_or_else(bad)?;
        let mut tail = rest.rsplitn(3, ',');
        let (Some(domain), Some(label), Some(text)) = (tail.next(), tail.next(), tail.next())
        else {
            return Err(bad());
        };
        let text = match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
            Some(quoted) => quoted.replace("\"\"", "\""),
            None => text.to_string(),
        };
        let complaint = match label.trim() {
            "0" => false,
            "1" => true,
            other => bail!(
                "{}:{}: label `{other}` is not 0 or 1",
                path.display(),
                i + 1
            ),
        };
        rows.push(ComplaintRow {
            id: id.trim().to_string(),
            text,
            complaint,
            domain: domain.trim().to_string(),
        });
    }
    Ok(rows)
}

/// One customer message of the support-escalation data (see its `SOURCE.md`): the tweet
/// id, the silver level (0 calm, 1 frustrated, 2 angry), the text and the sarcasm flag. The
/// other cue flags and the note are not read: the level is what Defuse is judged and fitted
/// on; the sarcasm flag only splits a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportRow {
    /// The tweet id (shared with the complaints data).
    pub id: String,
    /// 0 calm, 1 frustrated, 2 angry.
    pub level: u8,
    /// The message.
    pub text: String,
    /// The labeller marked it sarcastic (false when the file has no `sarcasm` column).
    pub sarcasm: bool,
    /// The labeller marked abuse or profanity in it (false when the file has neither
    /// column).
    pub offensive: bool,
}

/// Reads a support-escalation TSV: a header line naming the columns, then one message per
/// line with at least `tweet_id`, `level` and `text`, found by their header names.
pub fn read_support(path: &Path) -> anyhow::Result<Vec<SupportRow>> {
    let lines = read_lines(path)?;
    let header: Vec<&str> = lines[0].split('\t').collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .with_context(|| format!("{}:1: no `{name}` column in the header", path.display()))
    };
    let (id_at, level_at, text_at) = (column("tweet_id")?, column("level")?, column("text")?);
    let sarcasm_at = column("sarcasm").ok();
    let offensive_at = [column("abuse").ok(), column("profanity").ok()];
    let mut rows = Vec::with_capacity(lines.len() - 1);
    for (i, line) in lines.iter().enumerate().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != header.len() {
            bail!(
                "{}:{}: {} fields, the header has {}",
                path.display(),
                i + 1,
                fields.len(),
                header.len()
            );
        }
        let level = match fields[level_at].trim() {
            "0" => 0,
            "1" => 1,
            "2" => 2,
            other => bail!(
                "{}:{}: level `{other}` is not 0, 1 or 2",
                path.display(),
                i + 1
            ),
        };
        rows.push(SupportRow {
            id: fields[id_at].trim().to_string(),
            level,
            text: fields[text_at].to_string(),
            sarcasm: sarcasm_at.is_some_and(|at| fields[at].trim() == "1"),
            offensive: offensive_at
                .iter()
                .flatten()
                .any(|&at| fields[at].trim() == "1"),
        });
    }
    Ok(rows)
}

/// A CSV file with a header line: the column names, then the records after it.
#[derive(Debug)]
pub struct Csv {
    /// Where it was read from, for error messages.
    path: PathBuf,
    /// The header's column names.
    pub header: Vec<String>,
    /// Every record after the header, in file order.
    pub records: Vec<Vec<String>>,
}

impl Csv {
    /// The index of the column named `name`, or an error naming the file and the column.
    pub fn column(&self, name: &str) -> anyhow::Result<usize> {
        self.header
            .iter()
            .position(|h| h == name)
            .with_context(|| format!("{}: no `{name}` column", self.path.display()))
    }
}

/// Reads a CSV file with a header line (RFC 4180, see [`csv_records`]).
pub fn read_csv(path: &Path) -> anyhow::Result<Csv> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read (is ../shared/data there?)", path.display()))?;
    let mut records = csv_records(&text);
    if records.is_empty() {
        bail!("{}: empty", path.display());
    }
    let header = records.remove(0);
    Ok(Csv {
        path: path.to_path_buf(),
        header,
        records,
    })
}

/// CSV records (RFC 4180: quoted fields may hold commas, newlines and doubled quotes; a
/// carriage return outside quotes is dropped). A few lines rather than a dependency.
pub fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh task folder under the system temp dir with the given files.
    fn folder(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("defuse-eval-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        for (file, bytes) in files {
            std::fs::write(dir.join(file), bytes).expect("temp file");
        }
        dir
    }

    const MAPPING: (&str, &[u8]) = ("mapping.txt", b"0\tnot-offensive\n1\toffensive\n");

    fn error(name: &str, files: &[(&str, &[u8])]) -> String {
        let dir = folder(name, files);
        let err = read_tweeteval(&dir, "val").expect_err("bad input must be an error");
        let _ = std::fs::remove_dir_all(&dir);
        format!("{err:#}")
    }

    #[test]
    fn reads_a_good_folder_and_recognises_the_task() {
        let dir = folder(
            "good",
            &[
                MAPPING,
                ("val_text.txt", b"you are great\r\nshut up @user\n"),
                ("val_labels.txt", b"0\n1\n"),
            ],
        );
        let split = read_tweeteval(&dir, "val").expect("valid folder");
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(split.task, Task::Offensive);
        assert_eq!(
            split.rows,
            vec![
                ("you are great".to_string(), 0),
                ("shut up @user".to_string(), 1)
            ]
        );
    }

    #[test]
    fn missing_file_is_named() {
        let e = error("missing", &[MAPPING, ("val_text.txt", b"hi\n")]);
        assert!(
            e.contains("cannot read") && e.contains("val_labels.txt"),
            "{e}"
        );
    }

    #[test]
    fn mismatched_line_counts_name_both_files() {
        let e = error(
            "mismatch",
            &[
                MAPPING,
                ("val_text.txt", b"a\nb\nc\n"),
                ("val_labels.txt", b"0\n1\n"),
            ],
        );
        assert!(
            e.contains("val_text.txt has 3 lines") && e.contains("val_labels.txt has 2"),
            "{e}"
        );
    }

    #[test]
    fn empty_file_is_named() {
        let e = error(
            "empty",
            &[MAPPING, ("val_text.txt", b""), ("val_labels.txt", b"0\n")],
        );
        assert!(e.contains("val_text.txt is empty"), "{e}");
    }

    #[test]
    fn label_outside_mapping_names_file_and_line() {
        let e = error(
            "label",
            &[
                MAPPING,
                ("val_text.txt", b"a\nb\n"),
                ("val_labels.txt", b"0\n7\n"),
            ],
        );
        assert!(
            e.contains("val_labels.txt:2") && e.contains("`7` is not in mapping.txt"),
            "{e}"
        );
    }

    #[test]
    fn invalid_utf8_names_file_and_line() {
        let e = error(
            "utf8",
            &[
                MAPPING,
                ("val_text.txt", b"fine\nbad \xff byte\n"),
                ("val_labels.txt", b"0\n1\n"),
            ],
        );
        assert!(e.contains("val_text.txt:2: invalid UTF-8 at byte 5"), "{e}");
    }

    #[test]
    fn one_megabyte_line_is_rejected_with_its_line() {
        let mut text = b"short\n".to_vec();
        text.extend(std::iter::repeat_n(b'a', 1 << 20));
        text.push(b'\n');
        let e = error(
            "long",
            &[
                MAPPING,
                ("val_text.txt", &text),
                ("val_labels.txt", b"0\n1\n"),
            ],
        );
        assert!(e.contains("val_text.txt:2: line is 1048576 bytes"), "{e}");
    }

    #[test]
    fn reads_support_rows_by_header_name() {
        let dir = folder(
            "support",
            &[(
                "dev.tsv",
                b"tweet_id\tlevel\tnote\ttext\n1\t2\trude\tyou idiots\n2\t0\t\twhere is it?\n",
            )],
        );
        let rows = read_support(&dir.join("dev.tsv")).expect("valid file");
        let bad = dir.join("bad.tsv");
        std::fs::write(&bad, b"tweet_id\tlevel\ttext\n1\t3\thi\n").expect("temp file");
        let e = format!("{:#}", read_support(&bad).expect_err("level 3"));
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].id.as_str(), rows[0].level), ("1", 2));
        assert_eq!(rows[1].text, "where is it?");
        assert!(e.contains("bad.tsv:2: level `3`"), "{e}");
    }

    #[test]
    fn csv_fields_hold_commas_quotes_and_newlines() {
        let text = "a,b,c\n1,\"x, \"\"y\"\"\nz\",3\r\n4,5,6";
        assert_eq!(
            csv_records(text),
            vec![
                vec!["a", "b", "c"],
                vec!["1", "x, \"y\"\nz", "3"],
                vec!["4", "5", "6"]
            ]
        );
    }

    #[test]
    fn csv_columns_are_found_by_header_name() {
        let dir = folder(
            "csv",
            &[("x.csv", b"instruction,intent\n\"hi, there\",greet\n")],
        );
        let csv = read_csv(&dir.join("x.csv")).expect("valid file");
        let missing = format!("{:#}", csv.column("response").expect_err("no such column"));
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(csv.column("intent").expect("column"), 1);
        assert_eq!(csv.records, vec![vec!["hi, there", "greet"]]);
        assert!(missing.contains("x.csv: no `response` column"), "{missing}");
    }

    #[test]
    fn unsupported_task_says_so() {
        let e = error(
            "irony",
            &[
                ("mapping.txt", b"0\tnon_irony\n1\tirony\n"),
                ("val_text.txt", b"a\n"),
                ("val_labels.txt", b"0\n"),
            ],
        );
        assert!(
            e.contains("not supported") && e.contains("non_irony, irony"),
            "{e}"
        );
    }
}
