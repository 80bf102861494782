//! The fitted weights' binary format, decoded in place from the bytes compiled into the
//! crate (no allocation, no IO).
//!
//! Layout, little-endian:
//!
//! ```text
//! magic  b"DFW1"
//! u8     format version (3)
//! u8     head count
//! per head:
//!   u8   head kind (0 emotion, 1 offensive, 2 polarity)
//!   u8   classes (1 for a yes/no head)
//!   u8   log2 of the bucket count
//!   u8   reserved, 0
//!   f32  x 16  codebook: the 16 weight values a 4-bit code stands for
//!   f32  bias per class
//!   u8   weights as 4-bit codes, two per byte (low nibble first), bucket-major:
//!        buckets x classes codes
//! ```
//!
//! Four bits per weight with a fitted codebook (1-D k-means over the weights) loses almost
//! nothing against full precision and halves the size of i8 weights; gzip cannot do that,
//! since fitted weights look like noise to it.

/// Magic bytes at the start of a weights file.
pub const MAGIC: &[u8; 4] = b"DFW1";
/// Format version this build reads and `defuse fit` writes.
pub const VERSION: u8 = 3;

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
    /// The weight value of each 4-bit code.
    pub codebook: [f32; 16],
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
        let (bucket, sign) = bucket(hash, self.bits);
        let step = sign * value;
        for (c, logit) in logits.iter_mut().enumerate() {
            let i = bucket * classes + c;
            let byte = self.weights[i / 2];
            let code = if i % 2 == 0 { byte & 0x0f } else { byte >> 4 };
            *logit += step * self.codebook[usize::from(code)];
        }
    }
}

/// The bucket a feature falls in with `bits` bits, and the sign it is counted with. The sign
/// comes from the hash's top bit, so features sharing a bucket cancel out on average instead
/// of adding up (the signed "hashing trick").
pub fn bucket(hash: u32, bits: u8) -> (usize, f32) {
    let sign = if hash & 0x8000_0000 == 0 { 1.0 } else { -1.0 };
    ((hash & ((1u32 << bits) - 1)) as usize, sign)
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
        let h = take(4)?;
        let kind = HeadKind::from_code(h[0]).ok_or(WeightsError::BadHead("unknown kind"))?;
        let classes = usize::from(h[1]);
        if classes != kind.classes() {
            return Err(WeightsError::BadHead("class count does not match its kind"));
        }
        let bits = h[2];
        if !(1..=24).contains(&bits) {
            return Err(WeightsError::BadHead("bucket bits out of range"));
        }
        let mut codebook = [0f32; 16];
        for (v, b) in codebook.iter_mut().zip(take(64)?.chunks_exact(4)) {
            *v = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        }
        let biases = take(4 * classes)?;
        let weights = take(((1usize << bits) * classes).div_ceil(2))?;
        let head = Head {
            kind,
            bits,
            codebook,
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
/// `codes` holds one 4-bit code (0..16) per weight, bucket-major.
pub fn encode_head(
    kind: HeadKind,
    bits: u8,
    codebook: &[f32; 16],
    biases: &[f32],
    codes: &[u8],
) -> Vec<u8> {
    let mut out = vec![kind.code(), kind.classes() as u8, bits, 0];
    for v in codebook.iter().chain(biases) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend(
        codes
            .chunks(2)
            .map(|pair| (pair[0] & 0x0f) | (pair.get(1).copied().unwrap_or(0) << 4)),
    );
    out
}

/// The file header for `heads` heads, for `defuse fit`.
pub fn encode_header(heads: u8) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(VERSION);
    out.push(heads);
    out
}
