"""Which instruction sets are final (never read, never tuned on) and which set is the last one written.

Shared by the held-out tests and ``scripts/train_plan_classifier.py``, which must never train on a final set.
"""

from __future__ import annotations

FINAL = tuple(f"heldout{n}.yaml" for n in (51, 52, 63, 64, 67, 68, 77, 78, 83, 84, 93, 94, 101, 102, 105, 106, 109, 110,
                                           113, 114, 117, 118, 121, 122, 123, 124, 125, 126, 127, 128, 130, 132, 134,
                                           136, 138, 140, 142, 144, 150, 152, 154, 156, 162, 164, 166, 168,
                                           170, 172, 174, 176, 178, 180, 182, 184, 186, 188, 190, 192,
                                           194, 196, 198, 200, 202, 204, 206, 208, 210, 212, 214, 216, 218, 220,
                                           222, 224, 226, 228, 230, 232, 234, 236, 238, 240, 242, 244, 246, 248, 250, 252, 254, 256,
                                           258, 260, 262, 264, 266, 268, 269, 272, 274, 275, 277, 280, 281, 284,
                                           285, 288, 289, 292, 293, 296, 297, 300, 301, 304, 305, 308, 309, 312, 313, 316,
                                           317, 320, 321, 324, 325, 328, 329, 332, 333, 336,
                                           337, 340, 341, 344, 345, 348, 349, 352, 353, 356, 357, 360, 361, 364, 365, 368, 369, 372, 373, 376, 377, 380, 381, 384, 385, 388, 389, 392, 393, 396, 397, 400, 401, 404, 405, 408, 409, 412, 413, 416, 417, 420, 421, 424, 425, 428, 429, 432, 433, 436, 437, 440, 441, 444, 445, 448, 449, 452, 453, 456, 457, 460, 461, 464, 465, 468, 469, 472, 473, 476, 477, 480, 481, 484, 485, 488, 489, 492, 493, 496, 497, 500, 501, 504, 505, 508, 509, 512, 513, 516, 517, 520, 521, 524, 525, 528, 529, 532, 533, 536, 537, 540, 541, 544, 545, 548, 549, 552, 553, 556, 557, 560, 561, 564, 565, 568, 569, 572, 573, 576, 577, 580, 581, 584, 585, 588, 589, 592, 593, 596, 597, 600, 601, 604, 605, 608, 609, 612, 613, 616))
"""Never read and never tuned on: the final held-out figure (docs/planner.md). From round 102 one final set is a
helper's first file (heldout269) and one the other helper's second (heldout272): a helper's second file, told not to
repeat the first's sentence frames, scores lower, and the final sets had always been second files before."""
LAST = 616
"""The last helper-written set."""
