"""Demo images drawn locally with Pillow: calm gradients, a simple motif and a label.

Nothing is downloaded, so the demo works offline and carries no licensing questions.
"""

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

WHITE_INK = (255, 255, 255)
DARK_INK = (16, 42, 67)
LIGHT_BACKGROUND = 180  # mean luminance above which motifs are drawn in dark ink


def draw_image(spec: dict[str, Any]) -> tuple[bytes, str]:
    """The file for an image spec of home.demo.content.IMAGES: (bytes, file extension)."""
    width, height = spec["size"]
    top_color, bottom_color = spec["colors"]
    gradient = PillowImage.linear_gradient("L").resize((width, height))
    canvas = PillowImage.composite(
        PillowImage.new("RGB", (width, height), bottom_color),
        PillowImage.new("RGB", (width, height), top_color),
        gradient,
    ).convert("RGBA")
    overlay = PillowImage.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    ink = Ink(DARK_INK if luminance(top_color, bottom_color) > LIGHT_BACKGROUND else WHITE_INK)
    MOTIFS[spec["motif"]](draw, width, height, spec, ink)
    if spec["motif"] not in {"logo", "portrait"}:
        draw_label(draw, width, height, spec["label"])
    canvas = PillowImage.alpha_composite(canvas, overlay).convert("RGB")
    image_format = spec.get("format", "JPEG")
    buffer = BytesIO()
    if image_format == "JPEG":
        canvas.save(buffer, "JPEG", quality=85, optimize=True)
        return buffer.getvalue(), "jpg"
    canvas.save(buffer, image_format)
    return buffer.getvalue(), image_format.lower()


@dataclass(frozen=True)
class Ink:
    """The colour motifs are drawn in: white on dark gradients, dark blue on light ones."""

    color: tuple[int, int, int]

    @property
    def soft(self) -> tuple[int, int, int, int]:
        return (*self.color, 110)

    @property
    def strong(self) -> tuple[int, int, int, int]:
        return (*self.color, 170)


def luminance(*colors: str) -> float:
    """The mean perceived brightness (0–255) of some "#rrggbb" colours."""
    values = []
    for color in colors:
        red, green, blue = (int(color[index : index + 2], 16) for index in (1, 3, 5))
        values.append(0.299 * red + 0.587 * green + 0.114 * blue)
    return sum(values) / len(values)


def font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    """Pillow's bundled font (no system fonts needed), at `size` pixels."""
    return ImageFont.load_default(size=size)


def draw_label(draw: ImageDraw.ImageDraw, width: int, height: int, label: str) -> None:
    """The image's subject in white on a translucent band, readable on any background."""
    size = max(24, height // 16)
    padding = size // 2
    x, y = width // 20, height - height // 20 - size
    left, top, right, bottom = draw.textbbox((x, y), label, font=font(size))
    draw.rounded_rectangle(
        (left - padding, top - padding, right + padding, bottom + padding),
        radius=padding,
        fill=(0, 0, 0, 120),
    )
    draw.text((x, y), label, font=font(size), fill=(255, 255, 255, 255))


# Motifs: one per kind of subject, in the ink that suits the background.


def draw_spine(draw: ImageDraw.ImageDraw, width: int, height: int, spec: dict, ink: Ink) -> None:
    center, vertebra_height, gap = width * 0.72, height * 0.075, height * 0.028
    top = height * 0.1
    for index in range(7):
        half_width = width * (0.045 + index * 0.006)
        y = top + index * (vertebra_height + gap)
        draw.rounded_rectangle(
            (center - half_width, y, center + half_width, y + vertebra_height),
            radius=int(vertebra_height / 3),
            fill=ink.strong,
        )
        draw.ellipse(
            (
                center - half_width * 1.9,
                y + vertebra_height * 0.2,
                center - half_width * 1.2,
                y + vertebra_height * 0.8,
            ),
            fill=ink.soft,
        )


def draw_head(draw: ImageDraw.ImageDraw, width: int, height: int, spec: dict, ink: Ink) -> None:
    center_x, center_y, radius = width * 0.68, height * 0.38, height * 0.22
    draw.ellipse(
        (center_x - radius, center_y - radius, center_x + radius, center_y + radius),
        fill=ink.soft,
    )
    draw.rounded_rectangle(
        (center_x - radius * 0.45, center_y + radius * 0.7, center_x + radius * 0.45, height),
        radius=int(radius * 0.2),
        fill=ink.soft,
    )
    base = center_y + radius * 0.75
    for offset in (-0.3, 0.0, 0.3):
        x = center_x + radius * offset
        draw.line(
            [
                (x, base),
                (x + radius * offset * 0.6, center_y),
                (x + radius * offset, center_y - radius * 0.6),
            ],
            fill=ink.strong,
            width=max(3, int(height / 120)),
            joint="curve",
        )


def draw_knee(draw: ImageDraw.ImageDraw, width: int, height: int, spec: dict, ink: Ink) -> None:
    center = width * 0.68
    bone = width * 0.06
    draw.rounded_rectangle(
        (center - bone, 0, center + bone, height * 0.46), radius=int(bone), fill=ink.soft
    )
    draw.rounded_rectangle(
        (center - bone * 0.9, height * 0.54, center + bone * 0.9, height),
        radius=int(bone),
        fill=ink.soft,
    )
    draw.ellipse(
        (center + bone * 0.8, height * 0.4, center + bone * 2.0, height * 0.56),
        fill=ink.strong,
    )


def draw_nerve(draw: ImageDraw.ImageDraw, width: int, height: int, spec: dict, ink: Ink) -> None:
    trunk_x, line_width = width * 0.7, max(4, int(height / 90))
    draw.line(
        [(trunk_x, height * 0.05), (trunk_x, height * 0.95)], fill=ink.strong, width=line_width
    )
    for index in range(6):
        y = height * (0.15 + index * 0.13)
        direction = 1 if index % 2 else -1
        draw.line(
            [
                (trunk_x, y),
                (trunk_x + direction * width * 0.08, y + height * 0.06),
                (trunk_x + direction * width * 0.14, y + height * 0.08),
            ],
            fill=ink.soft,
            width=max(2, line_width // 2),
            joint="curve",
        )


def draw_clinic(draw: ImageDraw.ImageDraw, width: int, height: int, spec: dict, ink: Ink) -> None:
    left, top, right, bottom = width * 0.55, height * 0.25, width * 0.9, height * 0.85
    draw.rectangle((left, top, right, bottom), fill=ink.soft)
    window_width, window_height = (right - left) / 9, (bottom - top) / 9
    for row in range(3):
        for column in range(4):
            x = left + window_width * (1 + column * 2)
            y = top + window_height * (1 + row * 2)
            draw.rectangle((x, y, x + window_width, y + window_height), fill=ink.strong)
    door_center = (left + right) / 2
    draw.rectangle(
        (
            door_center - window_width * 0.8,
            bottom - window_height * 2,
            door_center + window_width * 0.8,
            bottom,
        ),
        fill=ink.strong,
    )
    cross_x, cross_y, arm = door_center, top - height * 0.08, height * 0.04
    draw.rectangle(
        (cross_x - arm / 3, cross_y - arm, cross_x + arm / 3, cross_y + arm), fill="white"
    )
    draw.rectangle(
        (cross_x - arm, cross_y - arm / 3, cross_x + arm, cross_y + arm / 3), fill="white"
    )


def draw_portrait(draw: ImageDraw.ImageDraw, width: int, height: int, spec: dict, ink: Ink) -> None:
    center_x, radius = width / 2, height * 0.17
    head_y = height * 0.38
    draw.ellipse(
        (center_x - radius, head_y - radius, center_x + radius, head_y + radius), fill=ink.soft
    )
    draw.ellipse((width * 0.18, height * 0.62, width * 0.82, height * 1.3), fill=ink.soft)
    size = height // 7
    draw.text((center_x, height * 0.84), spec["label"], font=font(size), fill="white", anchor="mm")


def draw_desk(draw: ImageDraw.ImageDraw, width: int, height: int, spec: dict, ink: Ink) -> None:
    desk_top = height * 0.6
    draw.rectangle(
        (width * 0.45, desk_top, width * 0.95, desk_top + height * 0.03), fill=ink.strong
    )
    for x in (width * 0.47, width * 0.92):
        draw.rectangle((x, desk_top, x + width * 0.015, height * 0.92), fill=ink.soft)
    draw.rounded_rectangle(
        (width * 0.6, height * 0.25, width * 0.85, height * 0.5), radius=8, fill=ink.strong
    )
    draw.rectangle((width * 0.715, height * 0.5, width * 0.735, desk_top), fill=ink.soft)
    draw.rounded_rectangle(
        (width * 0.5, height * 0.45, width * 0.56, height * 0.75), radius=12, fill=ink.soft
    )


def draw_waves(draw: ImageDraw.ImageDraw, width: int, height: int, spec: dict, ink: Ink) -> None:
    center_x, center_y = width * 0.72, height * 0.55
    for index in range(5, 0, -1):
        radius = height * 0.09 * index
        draw.ellipse(
            (center_x - radius, center_y - radius, center_x + radius, center_y + radius),
            outline=ink.soft,
            width=max(2, int(height / 200)),
        )
    draw.ellipse((-width * 0.2, height * 0.75, width * 0.7, height * 1.4), fill=ink.soft)
    draw.ellipse((width * 0.4, height * 0.8, width * 1.3, height * 1.5), fill=ink.soft)


def draw_logo(draw: ImageDraw.ImageDraw, width: int, height: int, spec: dict, ink: Ink) -> None:
    mark, margin, color = height * 0.8, height * 0.1, "#0f5f6e"
    draw.rounded_rectangle(
        (margin, margin, margin + mark, margin + mark), radius=int(mark / 5), fill=color
    )
    center, piece = margin + mark / 2, mark / 9
    for index in range(4):
        y = margin + piece * (1 + index * 2)
        half_width = mark * (0.14 + index * 0.03)
        draw.rounded_rectangle(
            (center - half_width, y, center + half_width, y + piece * 1.4),
            radius=int(piece / 2),
            fill="white",
        )
    draw.text(
        (margin * 2 + mark, height / 2),
        spec["label"],
        font=font(int(height * 0.2)),
        fill=color,
        anchor="lm",
    )


MOTIFS = {
    "spine": draw_spine,
    "head": draw_head,
    "knee": draw_knee,
    "nerve": draw_nerve,
    "clinic": draw_clinic,
    "portrait": draw_portrait,
    "desk": draw_desk,
    "waves": draw_waves,
    "logo": draw_logo,
}
