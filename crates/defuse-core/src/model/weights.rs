//! The fitted weights' binary format, decoded in place from the bytes compiled into the
//! crate (no allocation, no IO).
//!
//! Layout, little-endian:
//!
//! ```text
//! magic  b"DFW1"
//! u8     format version (1)
//! u8     head count
//! per head:
//!   u8   head kind (0 emotion, 1 offensive, 2 polarity)
//!   u8   classes (1 for a yes/no head)
//!   u8   log2 of the bucket count
//!   u8   reserved, 0
//!   f32  scale: weight = i8 * scale
//!   f32  bias per class
//!   i8   weights, bucket-major: buckets x classes
//! ```

/// Magic bytes at the start of a weights file.
pub const MAGIC: &[u8; 4] = b"DFW1";
/// Format version this build reads and `defuse fit` writes.
pub const VERSION: u8 = 1;

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
                write!(f, "weights format version {found}, this build reads {VERSION}")
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
    /// Anger, joy, optimism, sadness (TweetEval emotion's four classes).
    Emotion,
    /// Offensive or not.
    Offensive,
    /// Negative, neutral, positive.
    Polarity,
}

impl HeadKind {
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
            HeadKind::Emotion => 4,
            HeadKind::Offensive => 1,
            HeadKind::Polarity => 3,
        }
    }

    fn from_code(code: u8) -> Option<HeadKind> {
        [HeadKind::Emotion, HeadKind::Offensive, HeadKind::Polarity]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// One decoded head: a view into the weights bytes.
#[derive(Debug, Clone, Copy)]
pub struct Head<'w> {
    /// Which question it answers.
    pub kind: HeadKind,
    /// log2 of the bucket count.
    pub bits: u8,
    /// Weight of one i8 step.
    pub scale: f32,
    biases: &'w [u8],
    weights: &'w [u8],
}

impl Head<'_> {
    /// Bias of class `c`.
    pub fn bias(&self, c: usize) -> f32 {
        let b = &self.biases[c * 4..c * 4 + 4];
        f32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }

    /// Adds `value` times the weights of the feature `hash` to `logits`.
    pub fn accumulate(&self, hash: u32, value: f32, logits: &mut [f32]) {
        let classes = self.kind.classes();
        let bucket = (hash & ((1u32 << self.bits) - 1)) as usize;
        let row = &self.weights[bucket * classes..(bucket + 1) * classes];
        for (logit, &w) in logits.iter_mut().zip(row) {
            *logit += value * self.scale * f32::from(w as i8);
        }
    }
}

/// Every head found in a weights file.
#[derive(Debug, Clone, Default)]
pub struct Heads<'w> {
    /// The emotion head, if fitted.
    pub emotion: Option<Head<'w>>,
    /// The offensive head, if fitted.
    pub offensive: Option<Head<'w>>,
    /// The polarity head, if fitted.
    pub polarity: Option<Head<'w>>,
}

/// Decodes a weights file, checking its header and every size in it.
pub fn decode(bytes: &[u8]) -> Result<Heads<'_>, WeightsError> {
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
    let count = take(1)?[0];
    let mut heads = Heads::default();
    for _ in 0..count {
        let h = take(8)?;
        let kind = HeadKind::from_code(h[0]).ok_or(WeightsError::BadHead("unknown kind"))?;
        let classes = usize::from(h[1]);
        if classes != kind.classes() {
            return Err(WeightsError::BadHead("class count does not match its kind"));
        }
        let bits = h[2];
        if !(1..=24).contains(&bits) {
            return Err(WeightsError::BadHead("bucket bits out of range"));
        }
        let scale = f32::from_le_bytes([h[4], h[5], h[6], h[7]]);
        let biases = take(4 * classes)?;
        let weights = take((1usize << bits) * classes)?;
        let head = Head {
            kind,
            bits,
            scale,
            biases,
            weights,
        };
        let slot = match kind {
            HeadKind::Emotion => &mut heads.emotion,
            HeadKind::Offensive => &mut heads.offensive,
            HeadKind::Polarity => &mut heads.polarity,
        };
        *slot = Some(head);
    }
    if !rest.is_empty() {
        return Err(WeightsError::BadHead("trailing bytes after the last head"));
    }
    Ok(heads)
}

/// Encodes one head (the inverse of what [`decode`] reads for it), for `defuse fit`.
pub fn encode_head(kind: HeadKind, bits: u8, scale: f32, biases: &[f32], weights: &[i8]) -> Vec<u8> {
    let mut out = vec![kind.code(), kind.classes() as u8, bits, 0];
    out.extend_from_slice(&scale.to_le_bytes());
    for b in biases {
        out.extend_from_slice(&b.to_le_bytes());
    }
    out.extend(weights.iter().map(|&w| w as u8));
    out
}

/// The file header for `heads` heads, for `defuse fit`.
pub fn encode_header(heads: u8) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(VERSION);
    out.push(heads);
    out
}
