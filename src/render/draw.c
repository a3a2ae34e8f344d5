/* Walks the display list and calls the device. */
#include "device.h"

static void draw_item(const struct item *it, const struct device_ops *ops, void *dev)
{
	switch (it->kind) {
	case ITEM_TEXT:
		ops->text(dev, it->x, it->y, it->w, it->font, it->size, it->colour, it->angle, it->text, it->len);
		break;
	case ITEM_LINE:
		ops->line(dev, it->x, it->y, it->x + it->w, it->y + it->h, it->size, it->colour, it->dash);
		break;
	case ITEM_RECT:
		ops->rect(dev, it->x, it->y, it->w, it->h, it->colour);
		break;
	case ITEM_BOX:
		ops->box(dev, it->x, it->y, it->w, it->h, it->size, it->colour);
		break;
	case ITEM_LINK:
		ops->link(dev, it->x, it->y, it->w, it->h, it->uri, it->dest);
		break;
	case ITEM_PATH:
		ops->path(dev, it->path, it->npath, it->paint, it->colour, it->size, it->dash);
		break;
	case ITEM_IMAGE:
		ops->image(dev, it->uri, it->dest, it->x, it->y, it->w, it->h);
		break;
	case ITEM_SAVE:
		ops->save(dev);
		break;
	case ITEM_RESTORE:
		ops->restore(dev);
		break;
	case ITEM_TAG_BEGIN:
		ops->tag_begin(dev, it->tag, it->alt);
		break;
	case ITEM_TAG_END:
		ops->tag_end(dev, it->tag);
		break;
	default:
		break;
	}
}

int render_doc(const struct layout_doc *d, const struct device_ops *ops, void *dev)
{
	if (ops->begin_doc(dev, d) != 0)
		return -1;
	for (size_t p = 0; p < d->npages; p++) {
		if (ops->begin_page(dev, p) != 0)
			return -1;
		for (size_t i = 0; i < d->pages[p].n; i++)
			draw_item(&d->pages[p].items[i], ops, dev);
		if (ops->end_page(dev) != 0)
			return -1;
	}
	return 0;
}
