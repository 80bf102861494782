//! The fitted weights' binary format, and the table the core runs them from.
//!
//! Every head shares one bucket space: a feature's hash picks one bucket, and that bucket's
//! row holds the weights of all the heads' outputs side by side, so scoring a message costs
//! one lookup per feature whatever the number of heads.
//!
//! Layout, little-endian:
//!
//! ```text
//! magic  b"DFW1"
//! u8     format version (6)
//! u8     log2 of the bucket count, shared by every head
//! u8     head count
//! per head:
//!   u8   head kind (0 anger, 1 offensive, 2 polarity, 3 escalation)
//!   u8   classes (1 for a yes/no head)
//!   u8   code bits (1..=8): a weight is one code of this many bits
//!   u8   reserved, 0
//!   f32  x 2^(code bits)  codebook: the weight each code stands for; code 0 is exactly 0
//!   f32  bias per class
//! per head, in the same order:
//!   u32  kept: how many buckets the head keeps (at most 2^bits); every other bucket is 0
//!   gaps: per kept bucket, in increasing order, its index minus the previous kept index
//!        minus 1 (the first: its index), as bytes: 255 means "add 255 and read another
//!        byte", any other byte adds itself and ends the gap
//!   u8   x kept x classes  the kept buckets' codes, bucket-major (bucket, then class)
//! ```
//!
//! Codes with a fitted codebook (1-D k-means over the kept weights) lose almost nothing
//! against full precision. `defuse fit` prunes most buckets of each head to exactly zero
//! (a bucket goes with all its classes), so only the kept buckets are written: their
//! indices as gaps (a hash scatters them, so the gaps are small and brotli packs them near
//! their entropy) and their codes, a byte each (brotli packs bytes as well as nibbles, see
//! `weights/README.md` for the layouts measured). Format 4 wrote a code byte for every
//! bucket, zeros included: 148 KB raw, 18.6 KB brotli, against 30.7 KB and 14.6 KB.

/// Magic bytes at the start of a weights file.
pub const MAGIC: &[u8; 4] = b"DFW1";
/// Format version this build reads and `defuse fit` writes.
pub const VERSION: u8 = 6;
/// Outputs of all heads together: one row of the table.
pub const OUTPUTS: usize = 8;

/// Why a weights file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeightsError {
    /// The file does not start with [`MAGIC`].
    BadMagic,
    /// The file is another version of the format.
    Version {
        /// The version found in the file.
        found: u8,
    },
    /// The file ends before the header says it does.
    Truncated,
    /// A head kind or size this build does not know.
    BadHead(&'static str),
    /// A head's kept buckets run past the last bucket (too many, or a gap too long).
    PastLastBucket {
        /// The head whose buckets overflow.
        kind: HeadKind,
    },
    /// Bytes left over after the last head.
    TrailingBytes {
        /// How many.
        count: usize,
    },
}

impl std::fmt::Display for WeightsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WeightsError::BadMagic => write!(f, "not a Defuse weights file (bad magic)"),
            WeightsError::Version { found } => {
                write!(
                    f,
                    "weights format version {found}, this build reads {VERSION}"
                )
            }
            WeightsError::Truncated => write!(f, "weights file truncated"),
            WeightsError::BadHead(why) => write!(f, "bad head: {why}"),
            WeightsError::PastLastBucket { kind } => {
                write!(f, "{kind:?} head: kept buckets run past the last bucket")
            }
            WeightsError::TrailingBytes { count } => {
                write!(f, "{count} trailing bytes after the last head")
            }
        }
    }
}

// A hand-written impl keeps the core free of dependencies beyond serde.
impl std::error::Error for WeightsError {}

/// Which question a head answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadKind {
    /// Angry or not (TweetEval emotion's anger against its other classes and calm text).
    /// Format 5's emotion head had five classes (anger, joy, optimism, sadness, none); the
    /// product only ever read anger, so format 6 fits that one question.
    Anger,
    /// Offensive or not.
    Offensive,
    /// Negative, neutral, positive.
    Polarity,
    /// Calm, frustrated, angry: a customer message to a support account, read on arrival.
    Escalation,
}

impl HeadKind {
    /// Every kind, in the order of their columns in a table row.
    pub const ALL: [HeadKind; 4] = [
        HeadKind::Anger,
        HeadKind::Offensive,
        HeadKind::Polarity,
        HeadKind::Escalation,
    ];

    /// The byte that names the kind in the file.
    pub fn code(self) -> u8 {
        match self {
            HeadKind::Anger => 0,
            HeadKind::Offensive => 1,
            HeadKind::Polarity => 2,
            HeadKind::Escalation => 3,
        }
    }

    /// How many classes (outputs) the head has; a yes/no head has one.
    pub fn classes(self) -> usize {
        match self {
            HeadKind::Anger => 1,
            HeadKind::Offensive => 1,
            HeadKind::Polarity => 3,
            HeadKind::Escalation => 3,
        }
    }

    /// The head's first column in a table row.
    pub fn column(self) -> usize {
        match self {
            HeadKind::Anger => 0,
            HeadKind::Offensive => 1,
            HeadKind::Polarity => 2,
            HeadKind::Escalation => 5,
        }
    }

    fn from_code(code: u8) -> Option<HeadKind> {
        HeadKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// One decoded head's header.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    /// Which question it answers.
    pub kind: HeadKind,
    /// Bits per code.
    pub code_bits: u8,
    /// The weight value of each code; code 0 is exactly 0.
    pub codebook: Vec<f32>,
    /// One bias per class.
    pub biases: Vec<f32>,
}

/// A decoded weights file: the heads found in it and the shared table of their weights.
#[derive(Debug, Clone)]
pub struct Heads {
    /// log2 of the bucket count.
    pub bits: u8,
    /// The anger head, if fitted.
    pub anger: Option<Head>,
    /// The offensive head, if fitted.
    pub offensive: Option<Head>,
    /// The polarity head, if fitted.
    pub polarity: Option<Head>,
    /// The escalation head, if fitted.
    pub escalation: Option<Head>,
    /// One row per bucket, the heads' columns side by side (zero for a missing head).
    rows: Vec<[f32; OUTPUTS]>,
}

impl Heads {
    /// The head of `kind`, if the file has one.
    pub fn head(&self, kind: HeadKind) -> Option<&Head> {
        match kind {
            HeadKind::Anger => self.anger.as_ref(),
            HeadKind::Offensive => self.offensive.as_ref(),
            HeadKind::Polarity => self.polarity.as_ref(),
            HeadKind::Escalation => self.escalation.as_ref(),
        }
    }

    /// Every head's logits for `feats` as `(hash, value)` pairs, in table columns: the
    /// biases plus, per feature, its signed value times its bucket's row.
    pub fn logits(&self, feats: impl IntoIterator<Item = (u32, f32)>) -> [f32; OUTPUTS] {
        let mut z = [0f32; OUTPUTS];
        for kind in HeadKind::ALL {
            if let Some(head) = self.head(kind) {
                z[kind.column()..][..head.biases.len()].copy_from_slice(&head.biases);
            }
        }
        for (hash, value) in feats {
            let (b, sign) = bucket(hash, self.bits);
            let step = sign * value;
            let row = &self.rows[b];
            for (zc, w) in z.iter_mut().zip(row) {
                *zc += step * w;
            }
        }
        z
    }

    /// The decoded weight of `kind`'s class `c` in `bucket` (for tests and `defuse fit`).
    pub fn weight(&self, kind: HeadKind, bucket: usize, c: usize) -> f32 {
        self.rows[bucket][kind.column() + c]
    }
}

/// The bucket a feature falls in with `bits` bits, and the sign it is counted with. The sign
/// comes from the hash's top bit, so features sharing a bucket cancel out on average instead
/// of adding up (the signed "hashing trick").
pub fn bucket(hash: u32, bits: u8) -> (usize, f32) {
    let sign = if hash & 0x8000_0000 == 0 { 1.0 } else { -1.0 };
    ((hash & ((1u32 << bits) - 1)) as usize, sign)
}

/// Decodes a weights file, checking its header and every size in it.
pub fn decode(bytes: &[u8]) -> Result<Heads, WeightsError> {
    let mut rest = bytes;
    let mut take = |n: usize| -> Result<&[u8], WeightsError> {
        if rest.len() < n {
            return Err(WeightsError::Truncated);
        }
        let (head, tail) = rest.split_at(n);
        rest = tail;
        Ok(head)
    };
    if take(4)? != MAGIC {
        return Err(WeightsError::BadMagic);
    }
    let version = take(1)?[0];
    if version != VERSION {
        return Err(WeightsError::Version { found: version });
    }
    let bits = take(1)?[0];
    if !(1..=20).contains(&bits) {
        return Err(WeightsError::BadHead("bucket bits out of range"));
    }
    let count = take(1)?[0];
    let f32s = |b: &[u8]| -> Vec<f32> {
        b.chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect()
    };
    let mut heads = Heads {
        bits,
        anger: None,
        offensive: None,
        polarity: None,
        escalation: None,
        rows: Vec::new(),
    };
    let mut order = Vec::new();
    for _ in 0..count {
        let h = take(4)?;
        let kind = HeadKind::from_code(h[0]).ok_or(WeightsError::BadHead("unknown kind"))?;
        if usize::from(h[1]) != kind.classes() {
            return Err(WeightsError::BadHead("class count does not match its kind"));
        }
        let code_bits = h[2];
        if !(1..=8).contains(&code_bits) {
            return Err(WeightsError::BadHead("code bits out of range"));
        }
        let codebook = f32s(take(4 << code_bits)?);
        if codebook[0] != 0.0 || codebook.iter().any(|v| !v.is_finite()) {
            return Err(WeightsError::BadHead(
                "codebook must start at 0 and be finite",
            ));
        }
        let biases = f32s(take(4 * kind.classes())?);
        let slot = match kind {
            HeadKind::Anger => &mut heads.anger,
            HeadKind::Offensive => &mut heads.offensive,
            HeadKind::Polarity => &mut heads.polarity,
            HeadKind::Escalation => &mut heads.escalation,
        };
        if slot.is_some() {
            return Err(WeightsError::BadHead("head kind given twice"));
        }
        order.push(kind);
        *slot = Some(Head {
            kind,
            code_bits,
            codebook,
            biases,
        });
    }
    let buckets = 1usize << bits;
    let mut rows = vec![[0f32; OUTPUTS]; buckets];
    let mut kept = Vec::new();
    for kind in order {
        let Some(head) = heads.head(kind) else {
            continue;
        };
        let count = take(4)?;
        let count = u32::from_le_bytes([count[0], count[1], count[2], count[3]]) as usize;
        // Checked before anything is allocated or read for it.
        if count > buckets {
            return Err(WeightsError::PastLastBucket { kind });
        }
        kept.clear();
        // The lowest index the next kept bucket can have.
        let mut next = 0usize;
        for _ in 0..count {
            let mut index = next;
            loop {
                let byte = take(1)?[0];
                index += usize::from(byte);
                if index >= buckets {
                    return Err(WeightsError::PastLastBucket { kind });
                }
                if byte != 255 {
                    break;
                }
            }
            kept.push(index);
            next = index + 1;
        }
        let classes = kind.classes();
        for (&b, codes) in kept
            .iter()
            .zip(take(count * classes)?.chunks_exact(classes))
        {
            for (w, &code) in rows[b][kind.column()..].iter_mut().zip(codes) {
                *w = *head
                    .codebook
                    .get(usize::from(code))
                    .ok_or(WeightsError::BadHead("code outside the codebook"))?;
            }
        }
    }
    if !rest.is_empty() {
        return Err(WeightsError::TrailingBytes { count: rest.len() });
    }
    heads.rows = rows;
    Ok(heads)
}

/// One head as [`encode`] writes it.
#[derive(Debug, Clone, Copy)]
pub struct HeadCodes<'a> {
    /// Which question it answers.
    pub kind: HeadKind,
    /// Bits per code (1..=8).
    pub code_bits: u8,
    /// The weight of each code: `2^code_bits` values, the first exactly 0.
    pub codebook: &'a [f32],
    /// One bias per class.
    pub biases: &'a [f32],
    /// One code per (bucket, class) for every bucket, bucket-major; a bucket whose codes
    /// are all 0 is not written.
    pub codes: &'a [u8],
}

/// Encodes a weights file over `2^bits` shared buckets, for `defuse fit`.
///
/// # Panics
///
/// If a head's codebook, biases or codes do not have the lengths [`HeadCodes`] names: the
/// caller built them, so that is a bug in the caller, not bad input.
pub fn encode(bits: u8, heads: &[HeadCodes<'_>]) -> Vec<u8> {
    let buckets = 1usize << bits;
    let mut out = MAGIC.to_vec();
    out.extend([VERSION, bits, heads.len() as u8]);
    for head in heads {
        let classes = head.kind.classes();
        assert_eq!(head.codebook.len(), 1 << head.code_bits, "codebook length");
        assert_eq!(head.biases.len(), classes, "one bias per class");
        assert_eq!(
            head.codes.len(),
            buckets * classes,
            "one code per bucket and class"
        );
        out.extend([head.kind.code(), classes as u8, head.code_bits, 0]);
        for v in head.codebook.iter().chain(head.biases) {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    for head in heads {
        let rows = head.codes.chunks_exact(head.kind.classes());
        let kept: Vec<(usize, &[u8])> = rows
            .enumerate()
            .filter(|(_, codes)| codes.iter().any(|&c| c != 0))
            .collect();
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        let mut next = 0;
        for &(b, _) in &kept {
            let mut gap = b - next;
            while gap >= 255 {
                out.push(255);
                gap -= 255;
            }
            out.push(gap as u8);
            next = b + 1;
        }
        for (_, codes) in kept {
            out.extend_from_slice(codes);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOOK: [f32; 4] = [0.0, -1.5, 0.25, 2.0];

    /// A one-head file (offensive, 2^`bits` buckets) whose kept-bucket section is `section`
    /// (count, gaps, codes) as given, to feed the decoder what the encoder never writes.
    fn offensive_file(bits: u8, section: &[u8]) -> Vec<u8> {
        let codes = vec![0; 1 << bits];
        let head = HeadCodes {
            kind: HeadKind::Offensive,
            code_bits: 2,
            codebook: &BOOK,
            biases: &[0.5],
            codes: &codes,
        };
        let mut bytes = encode(bits, &[head]);
        // No bucket kept: the file ends with a zero count.
        assert_eq!(bytes.split_off(bytes.len() - 4), [0, 0, 0, 0]);
        bytes.extend(section);
        bytes
    }

    #[test]
    fn encode_then_decode_gives_the_same_table() {
        let bits = 11;
        let buckets = 1usize << bits;
        // Kept buckets at the first and the last index, gaps of 254, 255, 256 and 510 (the
        // gap escape at and around its edge), then a scatter with neighbours (gap 0).
        let mut kept = vec![0, 255, 511, 768, 1279];
        kept.extend((1300..1500).step_by(7));
        kept.extend([1500, 1501, 2047]);
        let gaps: Vec<usize> = kept.windows(2).map(|w| w[1] - w[0] - 1).collect();
        for gap in [254, 255, 256, 510, 0] {
            assert!(gaps.contains(&gap), "the test covers a gap of {gap}");
        }
        let mut tables = Vec::new();
        for (k, kind) in HeadKind::ALL.into_iter().enumerate() {
            let classes = kind.classes();
            let mut codes = vec![0u8; buckets * classes];
            for (i, &b) in kept.iter().enumerate().skip(k) {
                for c in 0..classes {
                    // Some codes 0 inside a kept bucket, never all of them.
                    codes[b * classes + c] = ((i + c + k) % 4).max(usize::from(c == 0)) as u8;
                }
            }
            tables.push((kind, codes));
        }
        let biases = [
            [0.1, 0.2, 0.3, 0.4, 0.5],
            [0.6; 5],
            [0.7, 0.8, 0.9, 0.0, 0.0],
            [-0.1, 0.3, -0.5, 0.0, 0.0],
        ];
        let heads: Vec<HeadCodes<'_>> = tables
            .iter()
            .zip(&biases)
            .map(|((kind, codes), biases)| HeadCodes {
                kind: *kind,
                code_bits: 2,
                codebook: &BOOK,
                biases: &biases[..kind.classes()],
                codes,
            })
            .collect();
        let bytes = encode(bits, &heads);
        let decoded = decode(&bytes).expect("what the encoder wrote decodes");
        assert_eq!(decoded.bits, bits);
        let mut nonzero = 0;
        for (kind, codes) in &tables {
            let head = decoded.head(*kind).expect("head present");
            assert_eq!(head.codebook, BOOK);
            assert_eq!(head.biases.len(), kind.classes());
            for b in 0..buckets {
                for c in 0..kind.classes() {
                    let want = BOOK[usize::from(codes[b * kind.classes() + c])];
                    assert_eq!(decoded.weight(*kind, b, c), want, "{kind:?} {b} {c}");
                    nonzero += usize::from(want != 0.0);
                }
            }
        }
        assert!(nonzero > 100, "the test table keeps weights: {nonzero}");
        // Every cut of the file is refused as truncated, never read past its end.
        for len in 0..bytes.len() {
            assert_eq!(
                decode(&bytes[..len]).err(),
                Some(WeightsError::Truncated),
                "{len}"
            );
        }
    }

    #[test]
    fn a_hand_built_section_decodes() {
        // Two kept buckets of 2^9: gap 255 then 0 lands on 255, gap 1 on 257.
        let bytes = offensive_file(9, &[2, 0, 0, 0, 255, 0, 1, 3, 1]);
        let heads = decode(&bytes).expect("valid section");
        assert_eq!(heads.weight(HeadKind::Offensive, 255, 0), 2.0);
        assert_eq!(heads.weight(HeadKind::Offensive, 257, 0), -1.5);
        let kept = (0..512)
            .filter(|&b| heads.weight(HeadKind::Offensive, b, 0) != 0.0)
            .count();
        assert_eq!(kept, 2);
    }

    #[test]
    fn gaps_past_the_last_bucket_are_refused() {
        let past = Err(WeightsError::PastLastBucket {
            kind: HeadKind::Offensive,
        });
        // 2^9 = 512 buckets. One gap of 255 + 255 + 2 = 512: one past the end.
        let bytes = offensive_file(9, &[1, 0, 0, 0, 255, 255, 2, 1]);
        assert_eq!(decode(&bytes).map(|_| ()), past);
        // 511 is the last bucket: fine.
        let bytes = offensive_file(9, &[1, 0, 0, 0, 255, 255, 1, 1]);
        assert!(decode(&bytes).is_ok());
        // The last bucket, then one more.
        let bytes = offensive_file(9, &[2, 0, 0, 0, 255, 255, 1, 0, 1, 1]);
        assert_eq!(decode(&bytes).map(|_| ()), past);
        // A run of escapes long past the end stops at the end, not at the file's end.
        let mut section = vec![1, 0, 0, 0];
        section.extend([255; 10]);
        assert_eq!(decode(&offensive_file(9, &section)).map(|_| ()), past);
        // More kept buckets than buckets, refused before they are read.
        let bytes = offensive_file(9, &[1, 2, 0, 0]);
        assert_eq!(decode(&bytes).map(|_| ()), past);
        let bytes = offensive_file(9, &[255, 255, 255, 255]);
        assert_eq!(decode(&bytes).map(|_| ()), past);
    }

    #[test]
    fn trailing_bytes_are_refused() {
        let bytes = offensive_file(9, &[1, 0, 0, 0, 7, 1, 0, 0]);
        assert_eq!(
            decode(&bytes).err(),
            Some(WeightsError::TrailingBytes { count: 2 })
        );
    }

    #[test]
    fn codes_outside_the_codebook_are_refused() {
        let bytes = offensive_file(9, &[1, 0, 0, 0, 7, 4]);
        assert!(matches!(decode(&bytes), Err(WeightsError::BadHead(_))));
    }

    #[test]
    fn other_versions_are_refused() {
        let mut bytes = offensive_file(9, &[0, 0, 0, 0]);
        assert!(decode(&bytes).is_ok());
        // 5 is the five-class emotion head's format, whose kind 0 this build would misread.
        for version in [4, 5, 7] {
            bytes[4] = version;
            assert_eq!(
                decode(&bytes).err(),
                Some(WeightsError::Version { found: version })
            );
        }
    }
}
