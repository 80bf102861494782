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
//! u8     format version (4)
//! u8     log2 of the bucket count, shared by every head
//! u8     head count
//! per head:
//!   u8   head kind (0 emotion, 1 offensive, 2 polarity)
//!   u8   classes (1 for a yes/no head)
//!   u8   code bits (1..=8): a weight is one code of this many bits
//!   u8   reserved, 0
//!   f32  x 2^(code bits)  codebook: the weight each code stands for; code 0 is exactly 0
//!   f32  bias per class
//! per head, in the same order: one byte per weight holding its code, bucket-major
//!   (bucket * classes + class)
//! ```
//!
//! Codes with a fitted codebook (1-D k-means over the kept weights) lose almost nothing
//! against full precision. `defuse fit` prunes most buckets of each head to exactly zero
//! (a bucket goes with all its classes); a byte per code, bucket by bucket, leaves those
//! zeros in long runs that the bundle's brotli packs to almost nothing, where nibble
//! packing would have mixed them with their neighbours.

/// Magic bytes at the start of a weights file.
pub const MAGIC: &[u8; 4] = b"DFW1";
/// Format version this build reads and `defuse fit` writes.
pub const VERSION: u8 = 4;
/// Outputs of all heads together: one row of the table.
pub const OUTPUTS: usize = 9;

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
        }
    }
}

// A hand-written impl keeps the core free of dependencies beyond serde.
impl std::error::Error for WeightsError {}

/// Which question a head answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadKind {
    /// Anger, joy, optimism, sadness (TweetEval emotion's four classes), and none.
    Emotion,
    /// Offensive or not.
    Offensive,
    /// Negative, neutral, positive.
    Polarity,
}

impl HeadKind {
    /// Every kind, in the order of their columns in a table row.
    pub const ALL: [HeadKind; 3] = [HeadKind::Emotion, HeadKind::Offensive, HeadKind::Polarity];

    /// The byte that names the kind in the file.
    pub fn code(self) -> u8 {
        match self {
            HeadKind::Emotion => 0,
            HeadKind::Offensive => 1,
            HeadKind::Polarity => 2,
        }
    }

    /// How many classes (outputs) the head has; a yes/no head has one.
    pub fn classes(self) -> usize {
        match self {
            HeadKind::Emotion => 5,
            HeadKind::Offensive => 1,
            HeadKind::Polarity => 3,
        }
    }

    /// The head's first column in a table row.
    pub fn column(self) -> usize {
        match self {
            HeadKind::Emotion => 0,
            HeadKind::Offensive => 5,
            HeadKind::Polarity => 6,
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
    /// The emotion head, if fitted.
    pub emotion: Option<Head>,
    /// The offensive head, if fitted.
    pub offensive: Option<Head>,
    /// The polarity head, if fitted.
    pub polarity: Option<Head>,
    /// One row per bucket, the heads' columns side by side (zero for a missing head).
    rows: Vec<[f32; OUTPUTS]>,
}

impl Heads {
    /// The head of `kind`, if the file has one.
    pub fn head(&self, kind: HeadKind) -> Option<&Head> {
        match kind {
            HeadKind::Emotion => self.emotion.as_ref(),
            HeadKind::Offensive => self.offensive.as_ref(),
            HeadKind::Polarity => self.polarity.as_ref(),
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
        emotion: None,
        offensive: None,
        polarity: None,
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
            HeadKind::Emotion => &mut heads.emotion,
            HeadKind::Offensive => &mut heads.offensive,
            HeadKind::Polarity => &mut heads.polarity,
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
    for kind in order {
        let Some(head) = heads.head(kind) else {
            continue;
        };
        let classes = kind.classes();
        for (row, codes) in rows
            .iter_mut()
            .zip(take(buckets * classes)?.chunks_exact(classes))
        {
            for (w, &code) in row[kind.column()..].iter_mut().zip(codes) {
                *w = *head
                    .codebook
                    .get(usize::from(code))
                    .ok_or(WeightsError::BadHead("code outside the codebook"))?;
            }
        }
    }
    if !rest.is_empty() {
        return Err(WeightsError::BadHead("trailing bytes after the last head"));
    }
    heads.rows = rows;
    Ok(heads)
}

/// Encodes one head's header (kind, code bits, codebook, biases), for `defuse fit`. The
/// codebook's length must be `2^code_bits` and its first value 0.
pub fn encode_head(kind: HeadKind, code_bits: u8, codebook: &[f32], biases: &[f32]) -> Vec<u8> {
    debug_assert_eq!(codebook.len(), 1 << code_bits);
    let mut out = vec![kind.code(), kind.classes() as u8, code_bits, 0];
    for v in codebook.iter().chain(biases) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out
}

/// The file header for `heads` heads over `2^bits` shared buckets, for `defuse fit`.
pub fn encode_header(bits: u8, heads: u8) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(VERSION);
    out.push(bits);
    out.push(heads);
    out
}
