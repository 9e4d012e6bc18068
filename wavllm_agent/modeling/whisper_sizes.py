"""Whisper encoder sizes shared by the configuration and the presets (a module of its own, so that
neither has to import the other for them)."""

# Whisper-large-v2's encoder: only the encoder is built, the decoder fields are irrelevant.
WHISPER_LARGE_V2 = {
    "d_model": 1280,
    "encoder_layers": 32,
    "encoder_attention_heads": 20,
    "encoder_ffn_dim": 5120,
    "decoder_layers": 32,
    "decoder_attention_heads": 20,
    "decoder_ffn_dim": 5120,
    "num_mel_bins": 80,
    "max_source_positions": 1500,
    "vocab_size": 51865,
}
